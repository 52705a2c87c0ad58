package com.scoredesk.scoring.bundle;

import com.scoredesk.scoring.model.ShopDataBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a bundle: a folder of UTF-8 CSV files with a header row (section 3 of the contract). Quotes, embedded
 * commas and newlines and a UTF-8 byte-order mark are handled; headers are the canonical column names or, in
 * {@code orders.csv}, the 抖店 export's Chinese ones. A row that cannot be read is reported as a {@link RowError}
 * (file, the physical line it starts on, reason) and the rest is read on: a bad date, an unknown enum value, a
 * rating outside 1–5, a duplicate id (the later row is the bad one), a reference to an order or session that is
 * not in the bundle or was rejected.
 *
 * <p>Stateless and thread-safe.
 */
public final class BundleReader {

    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    /**
     * Reads the bundle in {@code dir}.
     *
     * @throws BundleException when {@code shop.csv} or {@code orders.csv} is missing, lacks a required column, or
     *     the shop row cannot be read
     * @throws IOException when a file cannot be read
     */
    public Bundle read(Path dir) throws IOException, BundleException {
        if (!Files.isDirectory(dir)) {
            throw new BundleException(dir + " is not a directory", List.of());
        }
        Reading r = new Reading(dir);
        r.readShop();
        r.readOrders();
        r.readFile(
                BundleFile.AFTER_SALES,
                "after_sale_id",
                (row, line) -> r.builder.addAfterSale(RowParsers.afterSale(row, r)));
        r.readFile(BundleFile.REVIEWS, "review_id", (row, line) -> r.builder.addReview(RowParsers.review(row, r)));
        r.readFile(BundleFile.IM_SESSIONS, "session_id", (row, line) -> {
            var session = RowParsers.session(row, r);
            r.builder.addSession(session);
        });
        r.readFile(BundleFile.IM_ROUNDS, null, (row, line) -> r.builder.addRound(RowParsers.round(row, r)));
        r.readFile(
                BundleFile.ESCALATIONS,
                "escalation_id",
                (row, line) -> r.builder.addEscalation(RowParsers.escalation(row, r)));
        r.readFile(
                BundleFile.VIOLATIONS,
                "violation_id",
                (row, line) -> r.builder.addViolation(RowParsers.violation(row)));
        r.readFile(
                BundleFile.LOGISTICS_EVENTS,
                null,
                (row, line) -> r.builder.addLogisticsEvent(RowParsers.logisticsEvent(row, r)));
        return new Bundle(r.builder.build(), r.errors);
    }

    @FunctionalInterface
    private interface RowHandler {
        void handle(CsvRow row, long line) throws RowException;
    }

    /** The state of reading one bundle. */
    private static final class Reading implements RowParsers.References {
        private final Path dir;
        private final ShopDataBuilder builder = new ShopDataBuilder();
        private final List<RowError> errors = new ArrayList<>();
        private final Map<String, Long> rejectedOrders = new HashMap<>();
        private final Map<String, Long> rejectedSessions = new HashMap<>();
        private boolean shopRead;

        Reading(Path dir) {
            this.dir = dir;
        }

        @Override
        public int order(String orderId) throws RowException {
            OptionalInt i = builder.orderIndex(orderId);
            if (i.isPresent()) {
                return i.getAsInt();
            }
            Long line = rejectedOrders.get(orderId);
            if (line != null) {
                throw new RowException(
                        "order_id '" + orderId + "' was rejected (" + BundleFile.ORDERS.fileName() + ":" + line + ")");
            }
            throw new RowException("order_id '" + orderId + "' is not in the bundle");
        }

        @Override
        public int session(String sessionId) throws RowException {
            OptionalInt i = builder.sessionIndex(sessionId);
            if (i.isPresent()) {
                return i.getAsInt();
            }
            Long line = rejectedSessions.get(sessionId);
            if (line != null) {
                throw new RowException("session_id '" + sessionId + "' was rejected ("
                        + BundleFile.IM_SESSIONS.fileName() + ":" + line + ")");
            }
            throw new RowException("session_id '" + sessionId + "' is not in the bundle");
        }

        void readShop() throws IOException, BundleException {
            readFile(BundleFile.SHOP, null, (row, line) -> {
                if (shopRead) {
                    throw new RowException("shop.csv holds one shop; this row is ignored");
                }
                builder.shop(RowParsers.shop(row));
                shopRead = true;
            });
            if (!shopRead) {
                throw new BundleException("shop.csv has no readable shop row", errors);
            }
        }

        void readOrders() throws IOException, BundleException {
            Map<String, Long> firstLine = new HashMap<>();
            readFile(BundleFile.ORDERS, null, (row, line) -> {
                String id = row.get("order_id").strip();
                Long first = firstLine.get(id);
                if (!id.isEmpty() && first != null) {
                    rejectedOrders.putIfAbsent(id, line);
                    throw new RowException("duplicate order_id '" + id + "' (first at line " + first + ")");
                }
                try {
                    builder.addOrder(RowParsers.order(row));
                    firstLine.put(id, line);
                } catch (RowException e) {
                    if (!id.isEmpty()) {
                        rejectedOrders.putIfAbsent(id, line);
                        firstLine.putIfAbsent(id, line);
                    }
                    throw e;
                }
            });
        }

        void readFile(BundleFile file, @Nullable String idColumn, RowHandler handler)
                throws IOException, BundleException {
            Path path = dir.resolve(file.fileName());
            if (!Files.isRegularFile(path)) {
                if (file.required()) {
                    throw new BundleException(dir + " has no " + file.fileName(), errors);
                }
                return;
            }
            Map<String, Long> ids = new HashMap<>();
            try (Reader reader = withoutBom(Files.newBufferedReader(path, StandardCharsets.UTF_8));
                    CSVParser parser = FORMAT.parse(reader)) {
                var it = parser.iterator();
                if (!it.hasNext()) {
                    if (file.required()) {
                        errors.add(new RowError(file.fileName(), 1, "the file is empty"));
                        throw new BundleException(file.fileName() + " is empty", errors);
                    }
                    return;
                }
                Header header = Header.of(file, it.next());
                if (!header.missing.isEmpty()) {
                    errors.add(new RowError(file.fileName(), 1, "missing column " + String.join(", ", header.missing)));
                    if (file.required()) {
                        throw new BundleException(file.fileName() + " lacks required columns", errors);
                    }
                    return;
                }
                while (true) {
                    long line = parser.getCurrentLineNumber() + 1;
                    CSVRecord record;
                    try {
                        if (!it.hasNext()) {
                            break;
                        }
                        record = it.next();
                    } catch (UncheckedIOException | IllegalStateException e) {
                        errors.add(new RowError(
                                file.fileName(),
                                line,
                                "malformed CSV, the rest of the file is skipped: " + rootMessage(e)));
                        break;
                    }
                    if (record.size() == 1 && record.get(0).isBlank()) {
                        continue;
                    }
                    if (record.size() != header.size) {
                        errors.add(new RowError(
                                file.fileName(),
                                line,
                                "the row has " + record.size() + " cells, the header " + header.size));
                        continue;
                    }
                    Row row = new Row(header, record);
                    try {
                        if (idColumn != null) {
                            String id = row.get(idColumn).strip();
                            Long first = ids.get(id);
                            if (!id.isEmpty() && first != null) {
                                rejectSession(file, id, line);
                                throw new RowException(
                                        "duplicate " + idColumn + " '" + id + "' (first at line " + first + ")");
                            }
                            if (!id.isEmpty()) {
                                ids.put(id, line);
                            }
                        }
                        handler.handle(row, line);
                    } catch (RowException e) {
                        if (file == BundleFile.IM_SESSIONS) {
                            rejectSession(file, row.get("session_id").strip(), line);
                        }
                        errors.add(new RowError(file.fileName(), line, e.getMessage()));
                    }
                }
            }
        }

        private void rejectSession(BundleFile file, String id, long line) {
            if (file == BundleFile.IM_SESSIONS
                    && !id.isEmpty()
                    && builder.sessionIndex(id).isEmpty()) {
                rejectedSessions.putIfAbsent(id, line);
            }
        }

        private static String rootMessage(Throwable e) {
            Throwable t = e;
            while (t.getCause() != null) {
                t = t.getCause();
            }
            return String.valueOf(t.getMessage());
        }
    }

    private static Reader withoutBom(BufferedReader reader) throws IOException {
        reader.mark(1);
        int first = reader.read();
        if (first != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /** The header of a file: where each canonical column is, and which other columns there are. */
    private static final class Header {
        final Map<String, Integer> canonical = new HashMap<>();
        final Map<String, Integer> extras = new LinkedHashMap<>();
        final List<String> missing = new ArrayList<>();
        int size;

        static Header of(BundleFile file, CSVRecord record) {
            Header h = new Header();
            h.size = record.size();
            for (int i = 0; i < record.size(); i++) {
                String raw = record.get(i).replace("\uFEFF", "").strip();
                String lower = raw.toLowerCase(Locale.ROOT);
                String name =
                        file.columns().contains(lower) ? lower : file.aliases().get(raw);
                if (name != null) {
                    h.canonical.putIfAbsent(name, i);
                } else if (!raw.isEmpty()) {
                    h.extras.putIfAbsent(raw, i);
                }
            }
            for (String column : file.columns()) {
                if (file.requiredColumns().contains(column) && !h.canonical.containsKey(column)) {
                    h.missing.add(column);
                }
            }
            return h;
        }
    }

    /** A row read through its file's header. */
    private record Row(Header header, CSVRecord record) implements CsvRow {
        @Override
        public String get(String column) {
            Integer i = header.canonical.get(column);
            return i == null ? "" : record.get(i);
        }

        @Override
        public Map<String, String> extras() {
            if (header.extras.isEmpty()) {
                return Map.of();
            }
            Map<String, String> map = new LinkedHashMap<>();
            header.extras.forEach((name, i) -> {
                String v = record.get(i);
                if (!v.isBlank()) {
                    map.put(name, v);
                }
            });
            return map;
        }
    }
}
