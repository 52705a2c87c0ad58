package com.scoredesk.importing;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads a table file row by row: a CSV file (commons-csv) or the first sheet of an {@code .xlsx} (fastexcel). */
interface SheetReader extends Closeable {

    /** The header row, stripped (a leading byte-order mark removed). */
    List<String> headers();

    /** The next data row, or {@code null} at the end. Blank rows are skipped. */
    @Nullable
    SheetRow next() throws IOException;

    /** A reader for {@code in}, by the file name's extension. */
    static SheetReader open(String fileName, InputStream in) throws IOException {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            return new XlsxSheetReader(in);
        }
        return new CsvSheetReader(in);
    }
}
