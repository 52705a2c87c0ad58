package com.scoredesk.importing;

import java.io.IOException;

/** The rest of a file cannot be read (an unclosed quote, a broken sheet): reported at {@code line}. */
final class MalformedFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long line;

    MalformedFileException(long line, String reason) {
        super(reason);
        this.line = line;
    }

    long line() {
        return line;
    }
}
