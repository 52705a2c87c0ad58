package com.scoredesk.importing;

import com.scoredesk.scoring.bundle.BundleFile;
import com.scoredesk.scoring.bundle.CsvRow;
import com.scoredesk.scoring.bundle.RowException;
import com.scoredesk.scoring.bundle.RowParsers;
import com.scoredesk.scoring.model.Shop;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** {@code shop.csv}: the one row that describes the shop, read by scoring's row parser. */
final class ShopFile {

    private ShopFile() {}

    /** A shop row and its line, or the reason it cannot be read. */
    record ShopRow(long line, @Nullable Shop shop, @Nullable String error) {}

    /** The rows of a shop file (there should be one). */
    static List<ShopRow> read(SheetReader reader) throws IOException {
        Map<String, Integer> columns = new HashMap<>();
        List<String> headers = reader.headers();
        for (int i = 0; i < headers.size(); i++) {
            String lower = headers.get(i).strip().toLowerCase(Locale.ROOT);
            if (BundleFile.SHOP.columns().contains(lower)) {
                columns.putIfAbsent(lower, i);
            }
        }
        List<ShopRow> rows = new java.util.ArrayList<>();
        SheetRow row;
        while ((row = reader.next()) != null) {
            String[] cells = row.cells();
            if (cells.length != headers.size()) {
                rows.add(new ShopRow(
                        row.line(), null, "the row has " + cells.length + " cells, the header " + headers.size()));
                continue;
            }
            CsvRow csv = new CsvRow() {
                @Override
                public String get(String column) {
                    Integer i = columns.get(column);
                    return i == null ? "" : cells[i];
                }

                @Override
                public Map<String, String> extras() {
                    return Map.of();
                }
            };
            try {
                rows.add(new ShopRow(row.line(), RowParsers.shop(csv), null));
            } catch (RowException e) {
                rows.add(new ShopRow(row.line(), null, e.getMessage()));
            }
        }
        return rows;
    }
}
