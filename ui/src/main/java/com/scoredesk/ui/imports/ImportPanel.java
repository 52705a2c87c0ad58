package com.scoredesk.ui.imports;

import com.scoredesk.importing.FileReport;
import com.scoredesk.importing.ImportReport;
import com.scoredesk.importing.ImportService;
import com.scoredesk.importing.RowErrorsCsv;
import com.scoredesk.shop.ShopSummary;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Upload, import with progress, and the report. The import runs on a background thread with the user's security
 * context (the service checks the role and the shop again) and reports back through server push. Uploaded files are
 * deleted once imported; the folder with the rejected-rows file goes when the panel leaves the page.
 */
public class ImportPanel extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(ImportPanel.class);

    private final ShopSummary shop;
    private final ImportService importer;
    private final List<Path> uploaded = new ArrayList<>();
    private final Path folder;
    private final Button start = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Grid<FileReport> report = new Grid<>();
    private final Anchor errors = new Anchor();
    private volatile boolean importing;
    private volatile boolean detached;

    ImportPanel(ShopSummary shop, ImportService importer) {
        this.shop = shop;
        this.importer = importer;
        try {
            this.folder = Files.createTempDirectory("scoredesk-upload-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        setPadding(false);
        Upload upload = new Upload(UploadHandler.toTempFile(this::received));
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".csv", ".xlsx", ".zip");
        upload.setMaxFiles(20);
        start.setText(getTranslation("imports.start"));
        start.setId("import-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(false);
        start.addClickListener(click -> startImport());
        progress.setId("import-progress");
        progress.setVisible(false);
        status.setId("import-status");
        configureReport();
        errors.setId("import-errors");
        errors.setText(getTranslation("imports.errors.download"));
        errors.setVisible(false);
        add(upload, start, progress, status, report, errors);
    }

    /** Keeps an uploaded file under its own name: the importer recognises bundle files by name. */
    private void received(com.vaadin.flow.server.streams.UploadMetadata metadata, File file) throws IOException {
        String name = Path.of(metadata.fileName()).getFileName().toString();
        Path target = folder.resolve(uploaded.size() + "-" + name.replaceAll("[/\\\\]", "_"));
        Files.createDirectories(target);
        Path named = target.resolve(name);
        Files.move(file.toPath(), named, StandardCopyOption.REPLACE_EXISTING);
        uploaded.add(named);
        getUI().ifPresent(ui -> ui.access(() -> start.setEnabled(true)));
    }

    private void startImport() {
        List<Path> files = List.copyOf(uploaded);
        uploaded.clear();
        start.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        status.setText(getTranslation("imports.running"));
        UI ui = UI.getCurrent();
        SecurityContext security = SecurityContextHolder.getContext();
        importing = true;
        CompletableFuture.supplyAsync(() -> {
                    SecurityContextHolder.setContext(security);
                    try {
                        return importer.importFiles(
                                shop.id(),
                                files,
                                (file, rows, fraction) -> ui.access(() -> {
                                    progress.setValue(fraction);
                                    status.setText(getTranslation("imports.progress", file, rows));
                                }));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                })
                .whenComplete((result, failure) -> {
                    importing = false;
                    files.forEach(ImportPanel::deleteUpload);
                    if (detached) {
                        deleteRecursively(folder);
                    } else {
                        ui.access(() -> finished(result, failure));
                    }
                });
    }

    /** The folder uploads and the rejected-rows file are kept in while the panel is shown. */
    public Path folder() {
        return folder;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        detached = false;
    }

    /** Leaving the page deletes what was uploaded and not imported; a running import cleans up when it ends. */
    @Override
    protected void onDetach(DetachEvent detachEvent) {
        super.onDetach(detachEvent);
        detached = true;
        uploaded.clear();
        if (!importing) {
            deleteRecursively(folder);
        }
    }

    /** Deletes an imported upload and the folder of its own it was kept in. */
    private static void deleteUpload(Path file) {
        deleteRecursively(file.getParent());
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    log.warn("Could not delete the upload {}", path, e);
                }
            });
        } catch (IOException e) {
            log.warn("Could not delete the uploads in {}", root, e);
        }
    }

    private void finished(ImportReport result, Throwable failure) {
        progress.setVisible(false);
        start.setEnabled(!uploaded.isEmpty());
        if (failure != null) {
            Throwable cause = failure.getCause() == null ? failure : failure.getCause();
            status.setText(getTranslation("imports.failed", String.valueOf(cause.getMessage())));
            Notification.show(status.getText());
            return;
        }
        showReport(result);
    }

    void showReport(ImportReport result) {
        report.setItems(result.files());
        report.setVisible(true);
        status.setText(getTranslation(
                result.hasRejections() ? "imports.done.rejected" : "imports.done",
                result.files().size(),
                result.rejected()));
        if (result.hasRejections()) {
            try {
                Path csv = Files.createTempFile(Files.createDirectories(folder), "errors-", ".csv");
                try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                    RowErrorsCsv.write(result.errors(), writer);
                }
                errors.setHref(DownloadHandler.forFile(csv.toFile(), "import-errors-" + shop.code() + ".csv"));
                errors.setVisible(true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            errors.setVisible(false);
        }
    }

    private void configureReport() {
        report.setId("import-report");
        report.setVisible(false);
        report.setAllRowsVisible(true);
        report.addColumn(FileReport::file)
                .setHeader(getTranslation("imports.report.file"))
                .setFlexGrow(3);
        report.addColumn(f -> getTranslation("imports.kind." + f.kind()))
                .setHeader(getTranslation("imports.report.kind"));
        report.addColumn(FileReport::read).setHeader(getTranslation("imports.report.read"));
        report.addColumn(FileReport::inserted).setHeader(getTranslation("imports.report.inserted"));
        report.addColumn(FileReport::updated).setHeader(getTranslation("imports.report.updated"));
        report.addColumn(FileReport::unchanged).setHeader(getTranslation("imports.report.unchanged"));
        report.addColumn(FileReport::rejected).setHeader(getTranslation("imports.report.rejected"));
    }
}
