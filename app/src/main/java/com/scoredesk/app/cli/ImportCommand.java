package com.scoredesk.app.cli;

import com.scoredesk.importing.FileReport;
import com.scoredesk.importing.ImportProgress;
import com.scoredesk.importing.ImportReport;
import com.scoredesk.importing.ImportService;
import com.scoredesk.importing.RowError;
import com.scoredesk.importing.RowErrorsCsv;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code import --shop SHOP [--errors FILE.csv] DIR|FILE|ZIP ...}: imports bundle files into a shop and prints a
 * JSON summary per file on stdout; rejected rows go to stderr as {@code file:line: reason} (and to the CSV file of
 * {@code --errors}). Exit status 1 when a row was rejected.
 */
final class ImportCommand {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final ImportService importer;

    ImportCommand(ApplicationContext context) {
        this.importer = context.getBean(ImportService.class);
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args, Set.of("--shop", "--errors"));
            if (options.operands().isEmpty()) {
                throw new Options.UsageException("name at least one folder, file or .zip to import");
            }
            options.require("--shop");
        } catch (Options.UsageException e) {
            err.println("import: " + e.getMessage());
            err.print(CommandLine.USAGE);
            return 2;
        }
        List<Path> paths = options.operands().stream().map(Path::of).toList();
        ImportReport report;
        try {
            report = importer.importForCommand(options.get("--shop"), paths, ImportProgress.NONE);
        } catch (IllegalArgumentException | IOException e) {
            err.println("import: " + e.getMessage());
            return 2;
        }
        for (RowError error : report.errors()) {
            err.println(error.file() + ":" + error.line() + ": " + error.reason());
        }
        String errorsFile = options.get("--errors");
        if (errorsFile != null) {
            try (Writer writer = Files.newBufferedWriter(Path.of(errorsFile), StandardCharsets.UTF_8)) {
                RowErrorsCsv.write(report.errors(), writer);
            } catch (IOException e) {
                err.println("import: cannot write " + errorsFile + ": " + e.getMessage());
            }
        }
        out.println(JSON.writeValueAsString(summary(report)));
        out.flush();
        if (report.hasRejections()) {
            err.println("import: " + report.rejected() + " row(s) rejected");
            return 1;
        }
        return 0;
    }

    static Map<String, Object> summary(ImportReport report) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("shopId", report.shopCode());
        summary.put("files", report.files().stream().map(ImportCommand::file).toList());
        return summary;
    }

    private static Map<String, Object> file(FileReport f) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("file", f.file());
        file.put("kind", f.kind());
        file.put("read", f.read());
        file.put("inserted", f.inserted());
        file.put("updated", f.updated());
        file.put("unchanged", f.unchanged());
        file.put("rejected", f.rejected());
        return file;
    }
}
