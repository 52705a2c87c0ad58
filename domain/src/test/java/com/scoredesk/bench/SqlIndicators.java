package com.scoredesk.bench;

import com.scoredesk.scoring.model.AfterSale;
import com.scoredesk.scoring.model.AppealStatus;
import com.scoredesk.scoring.model.Escalation;
import com.scoredesk.scoring.model.ImRound;
import com.scoredesk.scoring.model.ImSession;
import com.scoredesk.scoring.model.Order;
import com.scoredesk.scoring.model.OrderFlag;
import com.scoredesk.scoring.model.Province;
import com.scoredesk.scoring.model.Review;
import com.scoredesk.scoring.model.ShopData;
import com.scoredesk.scoring.model.Timestamps;
import com.scoredesk.scoring.rules.Clocks;
import com.scoredesk.scoring.rules.RuleSet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The nine indicator aggregates of the douyin-2026-09 rule set as plain SQL over denormalised benchmark tables
 * (epoch-millisecond BIGINT columns, {@code NULL} for an empty time), for H2 and PostgreSQL. Every window bound,
 * clock and rule number is computed in Java and passed as a parameter; the SQL only compares and adds.
 */
final class SqlIndicators {

    /** The SQL dialect difference that matters here: the bitwise AND of the order flags. */
    enum Dialect {
        H2,
        POSTGRES;

        String band(String column, String param) {
            return this == H2 ? "BITAND(" + column + ", " + param + ")" : "(" + column + " & " + param + ")";
        }
    }

    /** One indicator's numerator (a count, or a sum in milliseconds / stars) and population. */
    record Aggregate(long numerator, long population) {}

    static final List<String> INDICATORS = List.of(
            "product_rating_avg",
            "quality_return_rate",
            "pickup_hours_avg",
            "delivery_on_time_rate",
            "damage_return_rate",
            "after_sale_review_hours",
            "im_avg_response_seconds",
            "im_dissatisfaction_rate",
            "platform_help_rate");

    /** The unit the engine divides an indicator's SQL numerator by (ms per hour / second, or 1). */
    static long unit(String indicator) {
        return switch (indicator) {
            case "pickup_hours_avg", "after_sale_review_hours" -> Timestamps.HOUR;
            case "im_avg_response_seconds" -> Timestamps.SECOND;
            default -> 1;
        };
    }

    private static final String[] SCHEMA = {
        "CREATE TABLE orders (order_no INT PRIMARY KEY, paid_at BIGINT, amount_fen BIGINT NOT NULL,"
                + " flags INT NOT NULL, ship_from INT, ship_to INT, picked_at BIGINT, due_at BIGINT, signed_at BIGINT)",
        "CREATE TABLE after_sales (after_sale_no INT PRIMARY KEY, order_no INT NOT NULL, type VARCHAR(20) NOT NULL,"
                + " applied_at BIGINT, reason VARCHAR(20) NOT NULL, agreed_at BIGINT, refunded_at BIGINT,"
                + " platform_initiated BOOLEAN NOT NULL)",
        "CREATE TABLE reviews (review_no INT PRIMARY KEY, review_id VARCHAR(40) NOT NULL, order_no INT NOT NULL,"
                + " created_at BIGINT, product_rating INT NOT NULL, appeal_approved BOOLEAN NOT NULL)",
        "CREATE TABLE im_sessions (session_no INT PRIMARY KEY, order_no INT, started_at BIGINT,"
                + " human BOOLEAN NOT NULL, rating INT NOT NULL)",
        "CREATE TABLE im_rounds (round_no INT PRIMARY KEY, session_no INT NOT NULL, message_at BIGINT,"
                + " reply_at BIGINT)",
        "CREATE TABLE escalations (escalation_no INT PRIMARY KEY, order_no INT NOT NULL, escalated_at BIGINT,"
                + " kind VARCHAR(20) NOT NULL)",
        "CREATE TABLE route_days (province INT PRIMARY KEY, days INT NOT NULL)",
    };

    private static final String[] INDEXES = {
        "CREATE INDEX orders_paid ON orders (paid_at)",
        "CREATE INDEX orders_signed ON orders (signed_at)",
        "CREATE INDEX orders_picked ON orders (picked_at)",
        "CREATE INDEX after_sales_order ON after_sales (order_no, applied_at)",
        "CREATE INDEX after_sales_refunded ON after_sales (refunded_at)",
        "CREATE INDEX reviews_order ON reviews (order_no, created_at, review_id)",
        "CREATE INDEX im_sessions_started ON im_sessions (started_at)",
        "CREATE INDEX im_sessions_order ON im_sessions (order_no, started_at)",
        "CREATE INDEX im_rounds_session ON im_rounds (session_no)",
        "CREATE INDEX escalations_order ON escalations (order_no, escalated_at)",
        "CREATE INDEX escalations_at ON escalations (escalated_at)",
    };

    private static final int BATCH = 5_000;

    private SqlIndicators() {}

    /** Creates the tables, loads {@code data} with JDBC batches, adds the indexes and gathers statistics. */
    static void load(Connection c, ShopData data, RuleSet rules) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            for (String t : List.of(
                    "route_days", "escalations", "im_rounds", "im_sessions", "reviews", "after_sales", "orders")) {
                st.execute("DROP TABLE IF EXISTS " + t);
            }
            for (String ddl : SCHEMA) {
                st.execute(ddl);
            }
        }
        c.commit();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO orders VALUES (?,?,?,?,?,?,?,?,?)")) {
            List<Order> orders = data.orders();
            for (int i = 0; i < orders.size(); i++) {
                Order o = orders.get(i);
                ps.setInt(1, i);
                time(ps, 2, o.paidAt());
                ps.setLong(3, o.amountPaidFen());
                ps.setInt(4, o.flags());
                province(ps, 5, o.shipFrom());
                province(ps, 6, o.shipTo());
                time(ps, 7, o.pickedUpAt());
                time(ps, 8, o.deliveryDueAt());
                time(ps, 9, o.signedAt());
                add(c, ps, i);
            }
            flush(c, ps);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO after_sales VALUES (?,?,?,?,?,?,?,?)")) {
            List<AfterSale> list = data.afterSales();
            for (int i = 0; i < list.size(); i++) {
                AfterSale a = list.get(i);
                ps.setInt(1, i);
                ps.setInt(2, a.order());
                ps.setString(3, a.type().name());
                time(ps, 4, a.appliedAt());
                ps.setString(5, a.firstReasonCategory().name());
                time(ps, 6, a.agreedAt());
                time(ps, 7, a.refundedAt());
                ps.setBoolean(8, a.platformInitiated());
                add(c, ps, i);
            }
            flush(c, ps);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO reviews VALUES (?,?,?,?,?,?)")) {
            List<Review> list = data.reviews();
            for (int i = 0; i < list.size(); i++) {
                Review r = list.get(i);
                ps.setInt(1, i);
                ps.setString(2, r.reviewId());
                ps.setInt(3, r.order());
                time(ps, 4, r.createdAt());
                ps.setInt(5, r.productRating());
                ps.setBoolean(6, r.appealStatus() == AppealStatus.APPROVED);
                add(c, ps, i);
            }
            flush(c, ps);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO im_sessions VALUES (?,?,?,?,?)")) {
            List<ImSession> list = data.sessions();
            for (int i = 0; i < list.size(); i++) {
                ImSession s = list.get(i);
                ps.setInt(1, i);
                if (s.hasOrder()) {
                    ps.setInt(2, s.order());
                } else {
                    ps.setNull(2, Types.INTEGER);
                }
                time(ps, 3, s.startedAt());
                ps.setBoolean(4, s.human());
                ps.setInt(5, s.rating());
                add(c, ps, i);
            }
            flush(c, ps);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO im_rounds VALUES (?,?,?,?)")) {
            List<ImRound> list = data.rounds();
            for (int i = 0; i < list.size(); i++) {
                ImRound r = list.get(i);
                ps.setInt(1, i);
                ps.setInt(2, r.session());
                time(ps, 3, r.buyerMessageAt());
                time(ps, 4, r.humanReplyAt());
                add(c, ps, i);
            }
            flush(c, ps);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO escalations VALUES (?,?,?,?)")) {
            List<Escalation> list = data.escalations();
            for (int i = 0; i < list.size(); i++) {
                Escalation e = list.get(i);
                ps.setInt(1, i);
                ps.setInt(2, e.order());
                time(ps, 3, e.escalatedAt());
                ps.setString(4, e.kind().name());
                add(c, ps, i);
            }
            flush(c, ps);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO route_days VALUES (?,?)")) {
            for (Province p : Province.values()) {
                ps.setInt(1, p.ordinal() + 1);
                ps.setInt(2, rules.delivery().days(null, p));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (Statement st = c.createStatement()) {
            for (String ddl : INDEXES) {
                st.execute(ddl);
            }
        }
        c.commit();
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
            st.execute("ANALYZE");
        }
        c.setAutoCommit(auto);
    }

    private static void add(Connection c, PreparedStatement ps, int i) throws SQLException {
        ps.addBatch();
        if ((i + 1) % BATCH == 0) {
            flush(c, ps);
        }
    }

    private static void flush(Connection c, PreparedStatement ps) throws SQLException {
        ps.executeBatch();
        c.commit();
    }

    private static void time(PreparedStatement ps, int k, long millis) throws SQLException {
        if (millis == Timestamps.NONE) {
            ps.setNull(k, Types.BIGINT);
        } else {
            ps.setLong(k, millis);
        }
    }

    private static void province(PreparedStatement ps, int k, Province p) throws SQLException {
        if (p == null) {
            ps.setNull(k, Types.INTEGER);
        } else {
            ps.setInt(k, p.ordinal() + 1);
        }
    }

    // ------------------------------------------------------------------ the queries

    /** The parameters of the score of {@code day}: window bounds in epoch millis, clocks and rule numbers. */
    static Map<String, Long> parameters(RuleSet rules, LocalDate day) {
        Map<String, Long> p = new LinkedHashMap<>();
        // [M, C): the 30 days before the scored day, at Asia/Shanghai midnights
        p.put("C", Timestamps.startOfDay(day));
        p.put("M", Timestamps.startOfDay(day.minusDays(rules.windowDays())));
        p.put("OFF", 8 * Timestamps.HOUR); // Shanghai is UTC+8 all year since 1991
        p.put("DAY", Timestamps.DAY);
        int excluded = 0;
        for (OrderFlag f : rules.excludedOrderFlags()) {
            excluded |= f.bit();
        }
        p.put("EXCL", (long) excluded);
        p.put("LOW", rules.lowPriceCutoffFen());
        p.put("PKX", (long)
                (OrderFlag.VIRTUAL.bit() | (rules.pickup().excludePresale() ? OrderFlag.PRESALE.bit() : 0)));
        p.put("VIRT", (long) OrderFlag.VIRTUAL.bit());
        p.put("TRACE", (long) OrderFlag.TRACE_COMPENSATION.bit());
        Clocks k = rules.clocks();
        p.put("PNF", millisOfDay(k.pickupNightFrom()));
        p.put("PNT", millisOfDay(k.pickupNightTo()));
        p.put("RNF", millisOfDay(k.reviewNightFrom()));
        p.put("RNT", millisOfDay(k.reviewNightTo()));
        p.put("SF", millisOfDay(k.serviceFrom()));
        p.put("ST", millisOfDay(k.serviceTo()));
        p.put("CAP", k.roundReplyCapSeconds() * Timestamps.SECOND);
        p.put("SAME", (long) rules.delivery().sameProvinceDays());
        p.put("DEF", (long) rules.delivery().defaultDays());
        if (p.get("PNF") <= p.get("PNT") || p.get("RNF") <= p.get("RNT")) {
            throw new IllegalArgumentException("the SQL is written for night clocks that wrap past midnight");
        }
        return p;
    }

    private static long millisOfDay(java.time.LocalTime t) {
        return t.toNanoOfDay() / 1_000_000;
    }

    /** The SQL of each indicator, returning (numerator, population). */
    static Map<String, String> queries(Dialect d, RuleSet rules) {
        String valid = "o.paid_at < :C AND " + d.band("o.flags", ":EXCL")
                + " = 0 AND (o.amount_fen = -1 OR o.amount_fen > :LOW)";
        Map<String, String> q = new LinkedHashMap<>();
        q.put(
                "product_rating_avg",
                "SELECT COALESCE(SUM(r.product_rating), 0), COUNT(*) FROM orders o JOIN ("
                        + " SELECT order_no, product_rating, created_at, appeal_approved, ROW_NUMBER() OVER"
                        + " (PARTITION BY order_no ORDER BY created_at, review_id) AS rn FROM reviews) r"
                        + " ON r.order_no = o.order_no AND r.rn = 1"
                        + " WHERE " + valid + " AND o.signed_at >= :M AND o.signed_at < :C"
                        + " AND r.created_at < :C AND r.product_rating > 0"
                        + (rules.approvedAppealsExcluded() ? " AND r.appeal_approved = FALSE" : ""));
        String reasons = "SELECT order_no,"
                + " MAX(CASE WHEN reason = 'QUALITY' THEN 1 ELSE 0 END) AS quality,"
                + " MAX(CASE WHEN reason = 'DAMAGE' THEN 1 ELSE 0 END) AS damage"
                + " FROM after_sales WHERE applied_at < :C GROUP BY order_no";
        q.put(
                "quality_return_rate",
                "SELECT COALESCE(SUM(a.quality), 0), COUNT(*) FROM orders o LEFT JOIN (" + reasons + ") a"
                        + " ON a.order_no = o.order_no"
                        + " WHERE " + valid + " AND o.signed_at >= :M AND o.signed_at < :C");
        q.put(
                "pickup_hours_avg",
                "SELECT COALESCE(SUM(GREATEST(0, o.picked_at - " + clockStart("o.paid_at", ":PNF", ":PNT")
                        + ")), 0), COUNT(*) FROM orders o"
                        + " WHERE " + valid + " AND " + d.band("o.flags", ":PKX") + " = 0"
                        + " AND o.picked_at >= :M AND o.picked_at < :C");
        q.put(
                "delivery_on_time_rate",
                "SELECT COALESCE(SUM(CASE WHEN w.signed_at < :C AND w.signed_at <= w.deadline AND "
                        + d.band("w.flags", ":TRACE") + " = 0 THEN 1 ELSE 0 END), 0), COUNT(*) FROM ("
                        + " SELECT o.flags, o.signed_at, COALESCE(o.due_at,"
                        + " o.picked_at - MOD(o.picked_at + :OFF, :DAY) + (CASE"
                        + " WHEN o.ship_from IS NOT NULL AND o.ship_from = o.ship_to THEN :SAME"
                        + " WHEN o.ship_to IS NOT NULL THEN rd.days ELSE :DEF END + 1) * :DAY - 1000) AS deadline"
                        + " FROM orders o LEFT JOIN route_days rd ON rd.province = o.ship_to"
                        + " WHERE " + valid + " AND " + d.band("o.flags", ":VIRT") + " = 0"
                        + " AND o.picked_at < :C) w WHERE w.deadline >= :M AND w.deadline < :C");
        q.put(
                "damage_return_rate",
                "SELECT COALESCE(SUM(a.damage), 0), COUNT(*) FROM orders o LEFT JOIN (" + reasons + ") a"
                        + " ON a.order_no = o.order_no"
                        + " WHERE " + valid + " AND o.paid_at >= :M");
        q.put(
                "after_sale_review_hours",
                "SELECT COALESCE(SUM(GREATEST(0, a.agreed_at - " + clockStart("a.applied_at", ":RNF", ":RNT")
                        + ")), 0), COUNT(*) FROM after_sales a JOIN orders o ON o.order_no = a.order_no"
                        + " WHERE " + valid + " AND a.applied_at < :C"
                        + " AND a.type IN ('REFUND_SHIPPED', 'RETURN_REFUND') AND a.platform_initiated = FALSE"
                        + " AND a.agreed_at < :C AND a.refunded_at >= :M AND a.refunded_at < :C");
        String serviceSession = "s.human = TRUE AND s.started_at >= :M AND s.started_at < :C"
                + " AND MOD(s.started_at + :OFF, :DAY) >= :SF AND MOD(s.started_at + :OFF, :DAY) < :ST";
        q.put(
                "im_avg_response_seconds",
                "SELECT COALESCE(SUM(CASE WHEN r.reply_at < :C"
                        + " THEN LEAST(GREATEST(0, r.reply_at - r.message_at), :CAP) ELSE :CAP END), 0), COUNT(*)"
                        + " FROM im_rounds r JOIN im_sessions s ON s.session_no = r.session_no"
                        + " WHERE " + serviceSession + " AND r.message_at < :C");
        q.put(
                "im_dissatisfaction_rate",
                "SELECT COALESCE(SUM(CASE WHEN s.rating <= 3 THEN 1 ELSE 0 END), 0), COUNT(*)"
                        + " FROM im_sessions s WHERE " + serviceSession + " AND s.rating > 0");
        q.put(
                "platform_help_rate",
                "SELECT COALESCE(SUM(CASE WHEN e.order_no IS NOT NULL THEN 1 ELSE 0 END), 0), COUNT(*)"
                        + " FROM orders o LEFT JOIN (SELECT order_no FROM escalations"
                        + " WHERE escalated_at >= :M AND escalated_at < :C GROUP BY order_no) e"
                        + " ON e.order_no = o.order_no WHERE " + valid
                        + " AND (EXISTS (SELECT 1 FROM after_sales a WHERE a.order_no = o.order_no"
                        + " AND a.applied_at >= :M AND a.applied_at < :C)"
                        + " OR EXISTS (SELECT 1 FROM im_sessions s WHERE s.order_no = o.order_no"
                        + " AND s.human = TRUE AND s.started_at >= :M AND s.started_at < :C))");
        return q;
    }

    /** A clock that waits through a night window [from, to) wrapping past midnight, from Shanghai time of day. */
    private static String clockStart(String t, String from, String to) {
        String tod = "MOD(" + t + " + :OFF, :DAY)";
        return "(CASE WHEN " + tod + " >= " + from + " THEN " + t + " - " + tod + " + :DAY + " + to
                + " WHEN " + tod + " < " + to + " THEN " + t + " - " + tod + " + " + to
                + " ELSE " + t + " END)";
    }

    private static final Pattern PARAM = Pattern.compile(":([A-Z]+)");

    /** Runs every query once and returns the aggregates by indicator. */
    static Map<String, Aggregate> run(Connection c, Map<String, String> queries, Map<String, Long> params)
            throws SQLException {
        Map<String, Aggregate> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : queries.entrySet()) {
            List<Long> values = new ArrayList<>();
            Matcher m = PARAM.matcher(e.getValue());
            StringBuilder sql = new StringBuilder();
            while (m.find()) {
                Long v = params.get(m.group(1));
                if (v == null) {
                    throw new IllegalArgumentException("no parameter " + m.group(1));
                }
                values.add(v);
                m.appendReplacement(sql, "CAST(? AS BIGINT)");
            }
            m.appendTail(sql);
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < values.size(); i++) {
                    ps.setLong(i + 1, values.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    out.put(e.getKey(), new Aggregate(rs.getLong(1), rs.getLong(2)));
                }
            }
        }
        return out;
    }
}
