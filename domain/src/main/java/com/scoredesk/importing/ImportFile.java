package com.scoredesk.importing;

import java.io.IOException;
import java.io.InputStream;

/** One file to import: its name (as reported), its size in bytes (for progress) and how to read it. */
record ImportFile(String name, long size, Opener opener) {

    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }
}
