package com.scoredesk.importing;

import java.util.List;
import java.util.Objects;

/**
 * What the import did with one file. {@code read} counts data rows (not the header); every row read is exactly one
 * of inserted, updated, unchanged or rejected. {@code errors} lists the rejected rows (at most
 * {@link ImportService#MAX_ERRORS_PER_FILE}; {@code rejected} counts them all).
 *
 * @param kind the bundle file the rows were read as ({@code orders}, {@code after_sales} …), or {@code unknown}
 */
public record FileReport(
        String file,
        String kind,
        long read,
        long inserted,
        long updated,
        long unchanged,
        long rejected,
        List<RowError> errors) {

    public FileReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        errors = List.copyOf(errors);
    }

    public boolean hasRejections() {
        return rejected > 0;
    }
}
