package com.scoredesk.importing;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files behind what a user names: a bundle folder (its {@code .csv} and {@code .xlsx} files), single files, or
 * a {@code .zip} of either. Holds the zip files open until closed.
 */
final class ImportSources implements Closeable {

    private final List<ZipFile> zips = new ArrayList<>();
    private final List<ImportFile> files = new ArrayList<>();

    ImportSources(List<Path> paths) throws IOException {
        try {
            for (Path path : paths) {
                add(path);
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    List<ImportFile> files() {
        return List.copyOf(files);
    }

    private void add(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            try (Stream<Path> children = Files.list(path)) {
                for (Path child : children.filter(Files::isRegularFile)
                        .sorted(Comparator.comparing(Path::toString))
                        .toList()) {
                    if (isTable(child.getFileName().toString())
                            || isZip(child.getFileName().toString())) {
                        add(child);
                    }
                }
            }
        } else if (!Files.isRegularFile(path)) {
            throw new IOException("no such file or folder: " + path);
        } else if (isZip(path.getFileName().toString())) {
            addZip(path);
        } else {
            files.add(
                    new ImportFile(path.getFileName().toString(), Files.size(path), () -> Files.newInputStream(path)));
        }
    }

    private void addZip(Path path) throws IOException {
        ZipFile zip = new ZipFile(path.toFile(), java.nio.charset.StandardCharsets.UTF_8);
        zips.add(zip);
        List<? extends ZipEntry> entries = zip.stream()
                .filter(e -> !e.isDirectory())
                .filter(e -> !e.getName().startsWith("__MACOSX/"))
                .filter(e ->
                        isTable(baseName(e.getName())) && !baseName(e.getName()).startsWith("."))
                .sorted(Comparator.comparing(ZipEntry::getName))
                .toList();
        for (ZipEntry entry : entries) {
            files.add(new ImportFile(
                    path.getFileName() + "!/" + entry.getName(),
                    Math.max(entry.getSize(), 0),
                    () -> zip.getInputStream(entry)));
        }
    }

    private static String baseName(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    static boolean isTable(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".xlsx");
    }

    static boolean isZip(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    @Override
    public void close() {
        for (ZipFile zip : zips) {
            try {
                zip.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
