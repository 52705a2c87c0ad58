package com.scoredesk.importing;

import java.util.ArrayList;
import java.util.List;

/** The running counts of one file while it is imported. Not thread-safe: one importing thread owns it. */
final class FileCounts {

    private final String file;
    private final int maxErrors;
    long read;
    long inserted;
    long updated;
    long unchanged;
    long rejected;
    private final List<RowError> errors = new ArrayList<>();

    FileCounts(String file, int maxErrors) {
        this.file = file;
        this.maxErrors = maxErrors;
    }

    void reject(long line, String reason) {
        rejected++;
        if (errors.size() < maxErrors) {
            errors.add(new RowError(file, line, reason));
        }
    }

    FileReport report(String kind) {
        return new FileReport(file, kind, read, inserted, updated, unchanged, rejected, errors);
    }
}
