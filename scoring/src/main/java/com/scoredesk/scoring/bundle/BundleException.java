package com.scoredesk.scoring.bundle;

import java.util.List;

/** A bundle that cannot be read at all: a required file or column is missing, or the shop row is bad. */
public final class BundleException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<RowError> errors;

    public BundleException(String message, List<RowError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    /** The row errors found before reading had to stop. */
    public List<RowError> errors() {
        return errors;
    }
}
