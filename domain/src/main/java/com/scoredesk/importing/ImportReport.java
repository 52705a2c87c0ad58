package com.scoredesk.importing;

import java.util.List;
import java.util.Objects;

/** The result of one import into shop {@code shopId}: one report per file, in the order the files were read. */
public record ImportReport(long shopId, String shopCode, List<FileReport> files) {

    public ImportReport {
        Objects.requireNonNull(shopCode, "shopCode");
        files = List.copyOf(files);
    }

    public boolean hasRejections() {
        return files.stream().anyMatch(FileReport::hasRejections);
    }

    public long rejected() {
        return files.stream().mapToLong(FileReport::rejected).sum();
    }

    /** Every rejected row of every file. */
    public List<RowError> errors() {
        return files.stream().flatMap(f -> f.errors().stream()).toList();
    }
}
