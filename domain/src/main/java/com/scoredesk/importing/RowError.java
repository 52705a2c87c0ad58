package com.scoredesk.importing;

import java.util.Objects;

/**
 * A row that was not imported: the file it came from, its line (the header is line 1; a record spanning lines is
 * reported at its first line) and why.
 */
public record RowError(String file, long line, String reason) {

    public RowError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
    }
}
