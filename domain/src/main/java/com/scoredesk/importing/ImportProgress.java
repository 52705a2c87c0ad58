package com.scoredesk.importing;

/** Told how an import advances; called from the importing thread after every batch. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (file, rows, fraction) -> {};

    /**
     * @param file the file being read
     * @param rows the rows of that file read so far
     * @param fraction how much of all the input has been read, 0 to 1
     */
    void advanced(String file, long rows, double fraction);
}
