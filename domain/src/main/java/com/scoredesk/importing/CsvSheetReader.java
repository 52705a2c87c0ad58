package com.scoredesk.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * A UTF-8 CSV file with a header row, through commons-csv (quotes, embedded commas and newlines, a BOM). A record
 * that spans several lines is reported at its first line.
 */
final class CsvSheetReader implements SheetReader {

    /** As scoring's bundle reader reads a bundle, so that both report the same lines. */
    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> headers;
    private long linesRead;

    CsvSheetReader(InputStream in) throws IOException {
        this.parser =
                CSVParser.parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16), FORMAT);
        this.records = parser.iterator();
        List<String> found = new ArrayList<>();
        try {
            if (records.hasNext()) {
                for (String cell : records.next()) {
                    found.add(found.isEmpty() ? stripBom(cell).strip() : cell.strip());
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        this.headers = List.copyOf(found);
        this.linesRead = parser.getCurrentLineNumber();
    }

    private static String stripBom(String cell) {
        return cell.startsWith("\uFEFF") ? cell.substring(1) : cell;
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public @Nullable SheetRow next() throws IOException {
        while (true) {
            long line = linesRead + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                throw new MalformedFileException(line, "malformed CSV, the rest of the file is skipped: " + root(e));
            }
            linesRead = parser.getCurrentLineNumber();
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            return new SheetRow(line, record.values());
        }
    }

    private static String root(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
