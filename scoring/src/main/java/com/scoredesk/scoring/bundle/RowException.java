package com.scoredesk.scoring.bundle;

/** A row (or a cell of it) that cannot be read; the message is the reason shown to the user. */
public final class RowException extends Exception {

    private static final long serialVersionUID = 1L;

    public RowException(String reason) {
        super(reason, null, false, false);
    }
}
