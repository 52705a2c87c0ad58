package com.scoredesk.scoring.bundle;

import java.util.Map;

/**
 * One data row of a bundle file, by canonical column name. A column the file does not have reads as empty.
 * {@link #extras()} holds the other columns by their header, for display.
 */
public interface CsvRow {

    /** The cell of canonical column {@code column}, {@code ""} when the file has no such column. */
    String get(String column);

    /** The file's columns that are not canonical, by header. */
    Map<String, String> extras();

    /** A row from a map of canonical column names to cells (for importers and tests). */
    static CsvRow of(Map<String, String> cells) {
        return new CsvRow() {
            @Override
            public String get(String column) {
                return cells.getOrDefault(column, "");
            }

            @Override
            public Map<String, String> extras() {
                return Map.of();
            }
        };
    }
}
