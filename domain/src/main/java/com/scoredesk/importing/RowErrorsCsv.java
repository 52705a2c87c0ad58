package com.scoredesk.importing;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Rejected rows as a CSV file ({@code file,line,reason}, UTF-8 with a BOM so that Excel reads the Chinese). */
public final class RowErrorsCsv {

    private RowErrorsCsv() {}

    public static void write(List<RowError> errors, Writer out) throws IOException {
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT.builder().setHeader("file", "line", "reason").get())) {
            for (RowError error : errors) {
                csv.printRecord(error.file(), error.line(), error.reason());
            }
        }
    }

    public static String toCsv(List<RowError> errors) {
        StringWriter out = new StringWriter();
        try {
            write(errors, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
