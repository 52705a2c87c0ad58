package com.scoredesk.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;

/**
 * The first sheet of an {@code .xlsx} file (the 抖店 back office exports orders and after-sales so), streamed by
 * fastexcel. Cells become the text a CSV export would hold: dates as {@code yyyy-MM-dd HH:mm:ss} (Asia/Shanghai wall
 * time, to the second), numbers as written in the file.
 */
final class XlsxSheetReader implements SheetReader {

    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    /** Excel's built-in date and time formats. */
    private static final Set<Integer> DATE_FORMATS = Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47);

    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final List<String> headers;

    XlsxSheetReader(InputStream in) throws IOException {
        this.workbook = new ReadableWorkbook(in, new ReadingOptions(true, false));
        this.stream = workbook.getFirstSheet().openStream();
        this.rows = stream.iterator();
        List<String> found = List.of();
        while (found.isEmpty() && rows.hasNext()) {
            found = texts(rows.next()).stream().map(String::strip).toList();
            if (found.stream().allMatch(String::isEmpty)) {
                found = List.of();
            }
        }
        this.headers = trimTrailingEmpty(found);
    }

    private static List<String> trimTrailingEmpty(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isEmpty()) {
            end--;
        }
        return List.copyOf(cells.subList(0, end));
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public @Nullable SheetRow next() throws IOException {
        try {
            while (rows.hasNext()) {
                Row row = rows.next();
                List<String> cells = new ArrayList<>(texts(row));
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                // Excel leaves trailing empty cells out of a row, and may keep formatted empty ones after the header
                while (cells.size() < headers.size()) {
                    cells.add("");
                }
                while (cells.size() > headers.size() && cells.getLast().isBlank()) {
                    cells.removeLast();
                }
                return new SheetRow(row.getRowNum(), cells.toArray(String[]::new));
            }
            return null;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static List<String> texts(Row row) {
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(text(row.getCell(i)));
        }
        return cells;
    }

    static String text(@Nullable Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> isDate(cell) ? date(cell.asDate()) : plain(cell.getRawValue());
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            case STRING -> cell.asString();
            case FORMULA, ERROR -> cell.getRawValue() == null ? "" : cell.getRawValue();
            case EMPTY -> "";
        };
    }

    private static boolean isDate(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && DATE_FORMATS.contains(id)) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        String unquoted = format.replaceAll("\"[^\"]*\"|\\[[^]]*]", "").toLowerCase(Locale.ROOT);
        return unquoted.contains("yy") || unquoted.contains("dd") || unquoted.contains("hh");
    }

    private static String date(LocalDateTime time) {
        return time.plusNanos(500_000_000L).truncatedTo(ChronoUnit.SECONDS).format(TEXT);
    }

    /** {@code 6.9E3} becomes {@code 6900}; ids and amounts keep their digits. */
    private static String plain(@Nullable String raw) {
        if (raw == null) {
            return "";
        }
        if (raw.indexOf('E') < 0 && raw.indexOf('e') < 0) {
            return raw;
        }
        try {
            return new BigDecimal(raw).toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    @Override
    public void close() throws IOException {
        stream.close();
        workbook.close();
    }
}
