package com.scoredesk.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the activity tables with plain JDBC for the importer: the natural keys a shop has, rows by id,
 * and inserts and updates in JDBC batches.
 */
@Component
class ImportStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {};

    /** Rows per {@code INSERT}: 100 rows of the widest table (orders) are 3,000 parameters, far below the limits. */
    static final int ROWS_PER_INSERT = 100;

    private static final java.time.ZoneId SHANGHAI = java.time.ZoneId.of("Asia/Shanghai");

    private final JdbcTemplate jdbc;

    ImportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The natural keys of every row of {@code kind} in shop {@code shopId}, with the rows' database ids. One index
     * range scan: much cheaper than looking keys up batch by batch, which H2 answers row by row.
     */
    Map<List<Object>, Long> keys(long shopId, ImportKind kind) {
        List<Column> keyColumns = kind.key().stream().map(kind::column).toList();
        String sql = "SELECT id, " + String.join(", ", kind.key()) + " FROM " + kind.table() + " WHERE shop_id = ?";
        Map<List<Object>, Long> keys = new HashMap<>();
        jdbc.query(
                sql,
                rs -> {
                    keys.put(key(rs, keyColumns), rs.getLong(1));
                },
                shopId);
        return keys;
    }

    private static List<Object> key(ResultSet rs, List<Column> keyColumns) throws SQLException {
        Object[] key = new Object[keyColumns.size()];
        for (int i = 0; i < key.length; i++) {
            key[i] = read(rs, i + 2, keyColumns.get(i));
        }
        return Arrays.asList(key);
    }

    /** The rows of {@code kind} with database ids {@code ids}. */
    List<StoredRow> rows(ImportKind kind, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Column> columns = kind.columns();
        String select = columns.stream().map(c -> "t." + c.name()).collect(Collectors.joining(", "));
        return jdbc.execute((Connection connection) -> {
            String sql = isH2(connection)
                    // H2 answers a join with a table-valued parameter by index lookups; = ANY(?) it scans
                    ? "SELECT t.id, " + select + " FROM TABLE(k BIGINT = ?) ids JOIN " + kind.table()
                            + " t ON t.id = ids.k"
                    : "SELECT t.id, " + select + " FROM " + kind.table() + " t WHERE t.id = ANY(?)";
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setArray(1, connection.createArrayOf("BIGINT", ids.toArray()));
                List<StoredRow> rows = new ArrayList<>(ids.size());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Object[] values = new Object[columns.size()];
                        for (int i = 0; i < values.length; i++) {
                            values[i] = read(rs, i + 2, columns.get(i));
                        }
                        rows.add(new StoredRow(rs.getLong(1), values));
                    }
                }
                return rows;
            }
        });
    }

    private static boolean isH2(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().startsWith("H2");
    }

    /** The row of {@code kind} in shop {@code shopId} whose natural key is {@code key} (in key column order). */
    Optional<StoredRow> findByKey(long shopId, ImportKind kind, List<Object> key) {
        List<Column> columns = kind.columns();
        String sql = "SELECT id, " + columns.stream().map(Column::name).collect(Collectors.joining(", ")) + " FROM "
                + kind.table() + " WHERE shop_id = ?"
                + kind.key().stream().map(k -> " AND " + k + " = ?").collect(Collectors.joining());
        List<StoredRow> rows = jdbc.query(
                sql,
                ps -> {
                    ps.setLong(1, shopId);
                    for (int i = 0; i < key.size(); i++) {
                        write(ps, i + 2, kind.column(kind.key().get(i)), key.get(i));
                    }
                },
                (rs, n) -> {
                    Object[] values = new Object[columns.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = read(rs, i + 2, columns.get(i));
                    }
                    return new StoredRow(rs.getLong(1), values);
                });
        return rows.stream().findFirst();
    }

    boolean orderExists(long shopId, String orderId) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM orders WHERE shop_id = ? AND order_id = ?", Integer.class, shopId, orderId);
        return n != null && n > 0;
    }

    Optional<Long> sessionRef(long shopId, String sessionId) {
        return jdbc
                .query(
                        "SELECT id FROM im_sessions WHERE shop_id = ? AND session_id = ?",
                        (rs, n) -> rs.getLong(1),
                        shopId,
                        sessionId)
                .stream()
                .findFirst();
    }

    /** Whether the event API applied event {@code eventId} of shop {@code shopId} before. */
    boolean isProcessed(long shopId, String eventId) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM processed_event WHERE shop_id = ? AND event_id = ?",
                Integer.class,
                shopId,
                eventId);
        return n != null && n > 0;
    }

    /** Notes event {@code eventId} as applied; a second note of the same id fails on the unique key. */
    void markProcessed(long shopId, String eventId, String type, Instant at) {
        jdbc.update(
                "INSERT INTO processed_event (shop_id, event_id, event_type, processed_at) VALUES (?, ?, ?, ?)", ps -> {
                    ps.setLong(1, shopId);
                    ps.setString(2, eventId);
                    ps.setString(3, type);
                    ps.setObject(4, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
                });
    }

    /** The Shanghai days of the first and the last paid order of shop {@code shopId}, if it has any. */
    Optional<LocalDate[]> paidDays(long shopId) {
        return jdbc.query(
                "SELECT MIN(paid_at), MAX(paid_at) FROM orders WHERE shop_id = ?",
                rs -> {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    OffsetDateTime first = rs.getObject(1, OffsetDateTime.class);
                    OffsetDateTime last = rs.getObject(2, OffsetDateTime.class);
                    if (first == null || last == null) {
                        return Optional.<LocalDate[]>empty();
                    }
                    return Optional.of(new LocalDate[] {
                        first.atZoneSameInstant(SHANGHAI).toLocalDate(),
                        last.atZoneSameInstant(SHANGHAI).toLocalDate()
                    });
                },
                shopId);
    }

    /** The ids of every order of shop {@code shopId}. */
    java.util.Set<String> orderIds(long shopId) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        jdbc.query(
                "SELECT order_id FROM orders WHERE shop_id = ?",
                rs -> {
                    ids.add(rs.getString(1));
                },
                shopId);
        return ids;
    }

    /** The database ids of every session of shop {@code shopId}, by session id. */
    Map<String, Long> sessionRefs(long shopId) {
        Map<String, Long> refs = new HashMap<>();
        jdbc.query(
                "SELECT session_id, id FROM im_sessions WHERE shop_id = ?",
                rs -> {
                    refs.put(rs.getString(1), rs.getLong(2));
                },
                shopId);
        return refs;
    }

    /**
     * Inserts {@code rows}, {@link #ROWS_PER_INSERT} rows per multi-row {@code INSERT} statement (sent as JDBC
     * batches): several times faster than one statement per row on PostgreSQL, and no slower on H2.
     */
    void insert(long shopId, ImportKind kind, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Column> columns = kind.columns();
        int full = rows.size() / ROWS_PER_INSERT * ROWS_PER_INSERT;
        jdbc.execute((Connection connection) -> {
            if (full > 0) {
                try (PreparedStatement ps = connection.prepareStatement(insertSql(kind, ROWS_PER_INSERT))) {
                    for (int from = 0; from < full; from += ROWS_PER_INSERT) {
                        setRows(ps, shopId, columns, rows.subList(from, from + ROWS_PER_INSERT));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            if (full < rows.size()) {
                try (PreparedStatement ps = connection.prepareStatement(insertSql(kind, rows.size() - full))) {
                    setRows(ps, shopId, columns, rows.subList(full, rows.size()));
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    private static String insertSql(ImportKind kind, int rows) {
        String names = kind.columns().stream().map(Column::name).collect(Collectors.joining(", "));
        String row = "(?" + ", ?".repeat(kind.columns().size()) + ")";
        return "INSERT INTO " + kind.table() + " (shop_id, " + names + ") VALUES "
                + String.join(", ", java.util.Collections.nCopies(rows, row));
    }

    private static void setRows(PreparedStatement ps, long shopId, List<Column> columns, List<Object[]> rows)
            throws SQLException {
        int index = 1;
        for (Object[] values : rows) {
            ps.setLong(index++, shopId);
            for (int i = 0; i < values.length; i++) {
                write(ps, index++, columns.get(i), values[i]);
            }
        }
    }

    /** Sets every column of the rows to the values given; bumps the version that JPA's optimistic locking reads. */
    void update(ImportKind kind, List<StoredRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Column> columns = kind.columns();
        String sql = "UPDATE " + kind.table() + " SET "
                + columns.stream().map(c -> c.name() + " = ?").collect(Collectors.joining(", "))
                + ", version = version + 1 WHERE id = ?";
        jdbc.batchUpdate(sql, rows, rows.size(), (ps, row) -> {
            Object[] values = row.values();
            for (int i = 0; i < values.length; i++) {
                write(ps, i + 1, columns.get(i), values[i]);
            }
            ps.setLong(values.length + 1, row.id());
        });
    }

    private static @Nullable Object read(ResultSet rs, int index, Column column) throws SQLException {
        return switch (column.type()) {
            case TEXT -> rs.getString(index);
            case TIME -> {
                OffsetDateTime time = rs.getObject(index, OffsetDateTime.class);
                yield time == null ? null : time.toInstant();
            }
            case BOOL -> rs.getBoolean(index);
            case MONEY -> {
                BigDecimal amount = rs.getBigDecimal(index);
                yield amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
            }
            case INT -> {
                int value = rs.getInt(index);
                yield rs.wasNull() ? null : value;
            }
            case LONG, REF -> {
                long value = rs.getLong(index);
                yield rs.wasNull() ? null : value;
            }
            case EXTRAS -> {
                String json = rs.getString(index);
                yield json == null || json.isBlank() ? null : JSON.readValue(json, MAP);
            }
        };
    }

    private static void write(PreparedStatement ps, int index, Column column, @Nullable Object value)
            throws SQLException {
        if (value == null) {
            ps.setNull(index, column.type().sqlType);
            return;
        }
        switch (column.type()) {
            case TIME ->
                ps.setObject(
                        index,
                        OffsetDateTime.ofInstant((Instant) value, ZoneOffset.UTC),
                        Types.TIMESTAMP_WITH_TIMEZONE);
            case BOOL -> ps.setBoolean(index, (Boolean) value);
            case MONEY -> ps.setBigDecimal(index, (BigDecimal) value);
            case INT -> ps.setInt(index, (Integer) value);
            case LONG, REF -> ps.setLong(index, ((Number) value).longValue());
            case EXTRAS -> ps.setString(index, json(value));
            case TEXT -> ps.setString(index, (String) value);
        }
    }

    @SuppressWarnings("unchecked")
    private static String json(Object value) {
        return JSON.writeValueAsString(new TreeMap<>((Map<String, String>) value));
    }
}
