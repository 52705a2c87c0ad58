package com.scoredesk.workbench;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Worklist pages and counts over JDBC. A page of one shop and one tab reads the index {@code work_item_list} in order
 * and stops after {@code offset + limit} rows, however many items are open. Several shops are read shop by shop and
 * merged (each shop's first {@code offset + limit} rows suffice), up to {@link #MERGE_LIMIT} rows deep; beyond that
 * the database sorts.
 */
@Repository
class WorklistQueries {

    static final int MERGE_LIMIT = 2_000;

    /** Tabs count up to this many items, then show "1000+". */
    static final int COUNT_CAP = 1_000;

    private static final String COLUMNS =
            """
            w.id, w.version, w.shop_id, w.kind, w.order_id, w.buyer, w.summary, w.tag, w.amount, w.evidence,
            w.opened_at, w.deadline, w.cost_stops_at, w.impact, w.done, w.claimed_by, w.urged_at, w.appeal_started_at, w.done_at,
            w.done_by, w.outcome, w.note""";

    private final JdbcTemplate jdbc;
    private volatile @Nullable Boolean h2;

    WorklistQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of {@code query} over {@code shopIds} (never empty); {@code userId} is "me" for 我的. */
    List<WorkItemRow> page(
            WorklistQuery query, Collection<Long> shopIds, long userId, Instant now, int offset, int limit) {
        if (shopIds.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<RawRow> raw;
        if (shopIds.size() == 1 || query.isMine() || offset + limit > MERGE_LIMIT) {
            raw = select(query, shopIds, userId, now, offset, limit);
        } else {
            List<RawRow> merged = new ArrayList<>();
            for (long shopId : shopIds) {
                merged.addAll(select(query, List.of(shopId), userId, now, 0, offset + limit));
            }
            merged.sort(order(query.sort()));
            raw = merged.subList(Math.min(offset, merged.size()), Math.min(offset + limit, merged.size()));
        }
        return named(raw);
    }

    /** One item, whatever its state. */
    @Nullable
    WorkItemRow find(long itemId) {
        List<RawRow> raw =
                jdbc.query("SELECT " + COLUMNS + " FROM work_item w WHERE w.id = ?", WorklistQueries::raw, itemId);
        return raw.isEmpty() ? null : named(raw).getFirst();
    }

    /**
     * The work items of one order of one shop (an order has a handful: a pickup, a parcel, its after-sales, a review,
     * chat rounds), open ones first by impact and deadline (their done_at is empty), then done ones latest first.
     */
    List<WorkItemRow> ofOrder(long shopId, String orderId) {
        List<RawRow> raw = jdbc.query(
                "SELECT " + COLUMNS + " FROM work_item w WHERE w.shop_id = ? AND w.order_id = ?"
                        + " ORDER BY w.done, w.done_at DESC, w.impact DESC, w.deadline, w.id"
                        + " FETCH FIRST 100 ROWS ONLY",
                WorklistQueries::raw,
                shopId,
                orderId);
        return named(raw);
    }

    long sourceId(long itemId) {
        Long id = jdbc.queryForObject("SELECT source_id FROM work_item WHERE id = ?", Long.class, itemId);
        return java.util.Objects.requireNonNull(id);
    }

    /**
     * Open and overdue items per tab, and the user's own, each counted up to {@link #COUNT_CAP} + 1: counting a
     * million items is a scan (a third of a second on H2), counting to a thousand is a short index range, and a tab
     * needs no more than "1000+".
     */
    WorklistCounts counts(Collection<Long> shopIds, long userId, Instant now) {
        if (shopIds.isEmpty()) {
            return WorklistCounts.empty();
        }
        String in = placeholders(shopIds.size());
        Map<WorkItemKind, Long> open = new EnumMap<>(WorkItemKind.class);
        Map<WorkItemKind, Long> overdue = new EnumMap<>(WorkItemKind.class);
        for (WorkItemKind kind : WorkItemKind.values()) {
            List<Object> args = new ArrayList<>(shopIds);
            args.add(kind.name());
            String tab = "FROM work_item w WHERE w.shop_id IN (" + in + ") AND w.kind = ? AND w.done = FALSE";
            open.put(kind, capped(tab, args));
            args.add(utc(now));
            overdue.put(kind, capped(tab + " AND w.deadline < ?", args));
        }
        List<Object> mine = new ArrayList<>();
        mine.add(userId);
        mine.addAll(shopIds);
        long held = capped(
                "FROM work_item w WHERE w.claimed_by = ? AND w.done = FALSE AND w.shop_id IN (" + in + ")", mine);
        return new WorklistCounts(open, overdue, held, COUNT_CAP);
    }

    private long capped(String from, List<Object> args) {
        List<Object> all = new ArrayList<>(args);
        all.add(COUNT_CAP + 1);
        Long n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM (SELECT 1 AS one " + from + " LIMIT ?) c", Long.class, all.toArray());
        return n == null ? 0 : n;
    }

    private List<RawRow> select(
            WorklistQuery query, Collection<Long> shopIds, long userId, Instant now, int offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT ")
                .append(COLUMNS)
                .append(" FROM work_item w")
                .append(hint(query))
                .append(" WHERE ");
        List<Object> args = new ArrayList<>();
        if (query.isMine()) {
            sql.append("w.claimed_by = ?");
            args.add(userId);
        } else {
            sql.append(shopIds.size() == 1 ? "w.shop_id = ?" : "w.shop_id IN (" + placeholders(shopIds.size()) + ")");
            args.addAll(shopIds);
            sql.append(" AND w.kind = ?");
            args.add(query.kind().name());
        }
        switch (query.state()) {
            case OPEN -> sql.append(" AND w.done = FALSE");
            case NEW -> sql.append(" AND w.done = FALSE AND w.claimed_by IS NULL");
            case CLAIMED -> sql.append(" AND w.done = FALSE AND w.claimed_by IS NOT NULL");
            case DONE -> sql.append(" AND w.done = TRUE");
        }
        if (query.isMine()) {
            sql.append(" AND w.shop_id IN (")
                    .append(placeholders(shopIds.size()))
                    .append(')');
            args.addAll(shopIds);
        }
        if (query.agentId() != null && !query.isMine()) {
            sql.append(" AND w.claimed_by = ?");
            args.add(query.agentId());
        }
        Instant until = WorkbenchTime.deadlineLimit(query.deadline(), now);
        if (until != null) {
            sql.append(" AND w.deadline < ?");
            args.add(utc(until));
        }
        sql.append(" ORDER BY ").append(orderBy(query)).append(" LIMIT ? OFFSET ?");
        args.add(limit);
        args.add(offset);
        return jdbc.query(sql.toString(), WorklistQueries::raw, args.toArray());
    }

    /**
     * On H2, the index that reads the page in order. With a filter on a second column (the deadline) H2 would rather
     * range-scan the deadline index and sort everything it finds; reading the ordered index and skipping what the filter
     * drops stops after 50 rows instead. PostgreSQL weighs this itself and takes no hints.
     */
    private String hint(WorklistQuery query) {
        if (!isH2()) {
            return "";
        }
        String index = query.isMine()
                ? "work_item_claimed"
                : query.sort().key() == WorklistSort.Key.DEADLINE ? "work_item_due" : "work_item_list";
        return " USE INDEX (" + index + ")";
    }

    private boolean isH2() {
        Boolean known = h2;
        if (known == null) {
            known = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) -> c.getMetaData()
                    .getDatabaseProductName()
                    .toUpperCase(java.util.Locale.ROOT)
                    .contains("H2")));
            h2 = known;
        }
        return known;
    }

    /**
     * The ORDER BY of a page. It names the index's leading columns too, though the WHERE fixes them: H2 reads an index
     * in order only when the ORDER BY starts with the index's first columns (PostgreSQL sees through either way), and
     * reading in order is what makes the first page cost the same at a million items as at fifty.
     */
    private static String orderBy(WorklistQuery query) {
        WorklistSort sort = query.sort();
        String prefix = query.isMine() ? "w.claimed_by, w.done, " : "w.shop_id, w.kind, w.done, ";
        boolean backwards = sort.descending() != (sort.key() == WorklistSort.Key.IMPACT);
        if (backwards) {
            prefix = prefix.replace(",", " DESC,");
        }
        if (sort.key() == WorklistSort.Key.DEADLINE) {
            return prefix + (backwards ? "w.deadline DESC, w.id DESC" : "w.deadline, w.id");
        }
        return prefix + (backwards ? "w.impact, w.deadline DESC, w.id DESC" : "w.impact DESC, w.deadline, w.id");
    }

    /** The order of {@link #orderBy} in memory, for merging the pages of several shops. */
    private static Comparator<RawRow> order(WorklistSort sort) {
        Comparator<RawRow> order = sort.key() == WorklistSort.Key.DEADLINE
                ? Comparator.comparing(RawRow::deadline).thenComparingLong(RawRow::id)
                : Comparator.comparing(RawRow::impact)
                        .reversed()
                        .thenComparing(RawRow::deadline)
                        .thenComparingLong(RawRow::id);
        return sort.descending() == (sort.key() == WorklistSort.Key.IMPACT) ? order : order.reversed();
    }

    private List<WorkItemRow> named(List<RawRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, String> shops = names(
                "SELECT id, name FROM shop WHERE id IN ",
                rows.stream().map(RawRow::shopId).collect(Collectors.toSet()));
        Set<Long> userIds = rows.stream()
                .flatMap(r -> Arrays.stream(new @Nullable Long[] {r.claimedBy(), r.doneBy()}))
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> users = names("SELECT id, display_name FROM app_user WHERE id IN ", userIds);
        return rows.stream().map(r -> r.toRow(shops, users)).toList();
    }

    private Map<Long, String> names(String select, Set<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query(
                    select + "(" + placeholders(ids.size()) + ")",
                    rs -> {
                        names.put(rs.getLong(1), rs.getString(2));
                    },
                    ids.toArray());
        }
        return names;
    }

    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static RawRow raw(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        String evidence = rs.getString("evidence");
        return new RawRow(
                rs.getLong("id"),
                rs.getLong("version"),
                rs.getLong("shop_id"),
                WorkItemKind.valueOf(rs.getString("kind")),
                rs.getString("order_id"),
                rs.getString("buyer"),
                rs.getString("summary"),
                rs.getString("tag"),
                rs.getBigDecimal("amount"),
                evidence == null || evidence.isEmpty() ? List.of() : List.of(evidence.split(",")),
                java.util.Objects.requireNonNull(instant(rs, "opened_at")),
                java.util.Objects.requireNonNull(instant(rs, "deadline")),
                instant(rs, "cost_stops_at"),
                rs.getBigDecimal("impact"),
                rs.getBoolean("done"),
                nullableLong(rs, "claimed_by"),
                instant(rs, "urged_at"),
                instant(rs, "appeal_started_at"),
                instant(rs, "done_at"),
                nullableLong(rs, "done_by"),
                outcome == null ? null : WorkItemOutcome.valueOf(outcome),
                rs.getString("note"));
    }

    private record RawRow(
            long id,
            long version,
            long shopId,
            WorkItemKind kind,
            @Nullable String orderId,
            @Nullable String buyer,
            @Nullable String summary,
            @Nullable String tag,
            @Nullable BigDecimal amount,
            List<String> evidence,
            Instant openedAt,
            Instant deadline,
            @Nullable Instant costStopsAt,
            BigDecimal impact,
            boolean done,
            @Nullable Long claimedBy,
            @Nullable Instant urgedAt,
            @Nullable Instant appealStartedAt,
            @Nullable Instant doneAt,
            @Nullable Long doneBy,
            @Nullable WorkItemOutcome outcome,
            @Nullable String note) {

        WorkItemRow toRow(Map<Long, String> shops, Map<Long, String> users) {
            WorkItemState state =
                    done ? WorkItemState.DONE : claimedBy == null ? WorkItemState.NEW : WorkItemState.CLAIMED;
            return new WorkItemRow(
                    id,
                    version,
                    shopId,
                    shops.getOrDefault(shopId, ""),
                    kind,
                    orderId,
                    buyer,
                    summary,
                    tag,
                    amount,
                    evidence,
                    openedAt,
                    deadline,
                    costStopsAt,
                    impact,
                    state,
                    claimedBy,
                    claimedBy == null ? null : users.get(claimedBy),
                    urgedAt,
                    appealStartedAt,
                    doneAt,
                    doneBy == null ? null : users.get(doneBy),
                    outcome,
                    note);
        }
    }
}
