package com.scoredesk.scoring.bundle;

import java.util.Objects;

/**
 * A rejected row: the file, the physical line where the row starts (1 is the header) and why.
 *
 * <p>{@link #toString()} is {@code file:line: reason}.
 */
public record RowError(String file, long line, String reason) {

    public RowError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
