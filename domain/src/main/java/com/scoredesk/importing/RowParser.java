package com.scoredesk.importing;

import com.scoredesk.scoring.bundle.BundleFile;
import com.scoredesk.scoring.bundle.CsvRow;
import com.scoredesk.scoring.bundle.RowException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the rows of one file as its {@link ImportKind}: maps the file's header to canonical columns (the 抖店
 * exports' Chinese headers included), presents each row to scoring's row parser as a {@link CsvRow}, and checks the
 * widths the database has. A column the file lacks is "absent": an update keeps the stored value.
 */
final class RowParser {

    /** The extra columns are stored as JSON in a VARCHAR(10000); this leaves room for escapes. */
    static final int MAX_EXTRAS_LENGTH = 9_000;

    private final ImportKind kind;
    private final List<String> headers;
    private final Map<String, Integer> canonical = new HashMap<>();
    private final Map<String, Integer> extras = new LinkedHashMap<>();
    private final List<String> missing = new ArrayList<>();
    private final boolean[] present;
    private final boolean deriveReason;
    private final CapturedReferences refs = new CapturedReferences();

    RowParser(ImportKind kind, List<String> headers) {
        this.kind = kind;
        this.headers = headers;
        BundleFile file = kind.bundleFile();
        for (int i = 0; i < headers.size(); i++) {
            String raw = headers.get(i).replace("\uFEFF", "").strip();
            String lower = raw.toLowerCase(Locale.ROOT);
            String name =
                    file.columns().contains(lower) ? lower : file.aliases().get(raw);
            if (name == null && kind == ImportKind.AFTER_SALES) {
                name = DoudianExport.AFTER_SALE_HEADERS.get(raw);
            }
            if (name != null) {
                canonical.putIfAbsent(name, i);
            } else if (!raw.isEmpty()) {
                extras.putIfAbsent(raw, i);
            }
        }
        deriveReason = kind == ImportKind.AFTER_SALES
                && !canonical.containsKey("first_reason_category")
                && canonical.containsKey("reason_text");
        for (String column : file.columns()) {
            if (file.requiredColumns().contains(column) && !canonical.containsKey(column)) {
                missing.add(column);
            }
        }
        List<Column> columns = kind.columns();
        present = new boolean[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            present[c] = column.type() == Column.Type.EXTRAS
                    ? !extras.isEmpty()
                    : canonical.containsKey(column.header())
                            || (deriveReason && column.header().equals("first_reason_category"));
        }
    }

    /** Required columns the header lacks: no row of the file can be read without them. */
    List<String> missingColumns() {
        return List.copyOf(missing);
    }

    /** Which columns the file has; an absent column keeps the stored value on update. */
    boolean[] present() {
        return present.clone();
    }

    /** The values of {@code row}; throws {@link RowException} with the reason when the row is bad. */
    Candidate parse(SheetRow row) throws RowException {
        String[] cells = row.cells();
        if (cells.length != headers.size()) {
            throw new RowException("the row has " + cells.length + " cells, the header " + headers.size());
        }
        refs.clear();
        @Nullable Object[] values;
        try {
            values = kind.values(new Row(cells), refs);
        } catch (RuntimeException e) {
            throw new RowException(String.valueOf(e.getMessage()));
        }
        checkWidths(kind, values);
        return new Candidate(row.line(), values);
    }

    /** Rejects text longer than its column: the database would refuse the whole batch. */
    static void checkWidths(ImportKind kind, @Nullable Object[] values) throws RowException {
        List<Column> columns = kind.columns();
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof String s && s.length() > columns.get(c).maxLength()) {
                throw new RowException(columns.get(c).header() + " is longer than "
                        + columns.get(c).maxLength() + " characters");
            }
        }
    }

    /** One row through the file's header, as scoring's row parsers read it. */
    private final class Row implements CsvRow {

        private final String[] cells;

        Row(String[] cells) {
            this.cells = cells;
        }

        @Override
        public String get(String column) {
            Integer i = canonical.get(column);
            if (i == null) {
                if (deriveReason && column.equals("first_reason_category")) {
                    String category = DoudianExport.reasonCategory(get("reason_text"));
                    return category == null ? "" : category;
                }
                return "";
            }
            return kind == ImportKind.AFTER_SALES ? DoudianExport.afterSaleValue(column, cells[i]) : cells[i];
        }

        @Override
        public Map<String, String> extras() {
            if (extras.isEmpty()) {
                return Map.of();
            }
            Map<String, String> map = new LinkedHashMap<>();
            int length = 2;
            for (Map.Entry<String, Integer> e : extras.entrySet()) {
                String v = cells[e.getValue()];
                if (!v.isBlank()) {
                    map.put(e.getKey(), v);
                    length += e.getKey().length() + v.length() + 6;
                }
            }
            if (length > MAX_EXTRAS_LENGTH) {
                throw new IllegalArgumentException(
                        "the other columns together are longer than " + MAX_EXTRAS_LENGTH + " characters");
            }
            return map;
        }
    }
}
