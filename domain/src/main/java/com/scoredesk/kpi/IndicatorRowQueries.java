package com.scoredesk.kpi;

import com.scoredesk.scoring.model.OrderFlag;
import com.scoredesk.scoring.model.Timestamps;
import com.scoredesk.scoring.rules.Clocks;
import com.scoredesk.scoring.rules.IndicatorSpec;
import com.scoredesk.scoring.rules.RuleSet;
import com.scoredesk.scoring.rules.WindowSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The SQL behind each indicator's drill-down for the score of day T, mirroring the engine's definitions (spec section
 * 5): valid paid orders, the first review of an order, visibility before T 00:00, windows by anchor time, service
 * hours. A test checks every count against the engine's numerator or population.
 */
final class IndicatorRowQueries {

    private static final Map<OrderFlag, String> FLAG_COLUMNS = Map.of(
            OrderFlag.GIFT, "is_gift",
            OrderFlag.LUCKY_BAG, "is_lucky_bag",
            OrderFlag.INSTANT_REFUND, "is_instant_refund",
            OrderFlag.ABNORMAL, "is_abnormal",
            OrderFlag.PRESALE, "is_presale",
            OrderFlag.VIRTUAL, "is_virtual");
    private static final BigDecimal MILLIS_PER_HOUR = BigDecimal.valueOf(Timestamps.HOUR);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final RuleSet rules;
    private final SqlDialect dialect;
    private final LocalDate day;
    private final MapSqlParameterSource params = new MapSqlParameterSource();

    IndicatorRowQueries(RuleSet rules, SqlDialect dialect, long shopId, LocalDate day) {
        this.rules = rules;
        this.dialect = dialect;
        this.day = day;
        params.addValue("shop", shopId);
        params.addValue("from", time(Timestamps.startOfDay(day.minusDays(rules.windowDays()))));
        params.addValue("until", time(Timestamps.startOfDay(day)));
        params.addValue(
                "lowPrice", BigDecimal.valueOf(rules.lowPriceCutoffFen()).movePointLeft(2));
    }

    /** The query of {@code indicator}, empty when the rule set does not have it or it has no drill-down here. */
    Optional<RowQuery> of(String indicator) {
        if (!rules.hasIndicator(indicator)) {
            return Optional.empty();
        }
        String[] window = window(indicator);
        return Optional.ofNullable(
                switch (indicator) {
                    case "product_rating_avg" ->
                        reviews(indicator, "population", window, "r.product_rating IS NOT NULL");
                    case "negative_review_rate" -> reviews(indicator, "numerator", window, "r.product_rating <= 2");
                    case "quality_return_rate" ->
                        returns(indicator, "o.signed_at", window, "a.first_reason_category = 'quality'");
                    case "logistics_return_rate" ->
                        returns(
                                indicator,
                                "o.paid_at",
                                window,
                                "a.first_reason_category = 'logistics_quality' AND a.logistics_liability");
                    case "damage_return_rate" ->
                        returns(indicator, "o.paid_at", window, "a.first_reason_category = 'damage'");
                    case "quality_return_rate_lagged" ->
                        returns(
                                indicator,
                                "o.paid_at",
                                window,
                                "a.first_reason_category IN ('quality', 'logistics_quality', 'damage')");
                    case "platform_help_rate" -> platformHelp(indicator);
                    case "complaint_rate_lagged" -> complaints(indicator, window);
                    case "dispute_merchant_rate" -> disputes(indicator, window);
                    case "im_dissatisfaction_rate" -> dissatisfied(indicator);
                    case "im_3min_reply_rate" -> slowFirstReplies(indicator);
                    case "im_avg_response_seconds" -> rounds(indicator);
                    case "after_sale_review_hours" -> reviewHours(indicator);
                    case "refund_only_hours" -> refundHours(indicator, window, "'refund_unshipped', 'refund_shipped'");
                    case "return_refund_hours" -> refundHours(indicator, window, "'return_refund'");
                    case "pickup_score_avg", "pickup_hours_avg" -> pickups(indicator, window, true);
                    case "pickup_timely_rate" -> pickups(indicator, window, false);
                    case "delivery_hours" -> deliveries(indicator, window);
                    default -> null;
                });
    }

    // ------------------------------------------------------------------ orders and reviews

    private RowQuery reviews(String indicator, String what, String[] window, String condition) {
        String approved = rules.approvedAppealsExcluded() ? " AND r.appeal_status <> 'approved'" : "";
        String body = "FROM reviews r JOIN orders o ON o.shop_id = r.shop_id AND o.order_id = r.order_id"
                + " WHERE r.shop_id = :shop AND " + validOrder() + " AND o.signed_at >= " + window[0]
                + " AND o.signed_at < " + window[1] + " AND o.signed_at < :until AND r.created_at < :until"
                + " AND NOT EXISTS (SELECT 1 FROM reviews r2 WHERE r2.shop_id = r.shop_id AND r2.order_id = r.order_id"
                + " AND r2.created_at < :until AND (r2.created_at < r.created_at"
                + " OR (r2.created_at = r.created_at AND r2.review_id < r.review_id)))"
                + approved + " AND " + condition;
        return new RowQuery(
                new IndicatorRows(indicator, what, "review", "stars"),
                "r.review_id, r.order_id, o.signed_at, r.product_rating, r.review_text",
                body,
                "r.product_rating, o.signed_at DESC, r.review_id",
                params,
                (rs, n) -> new IndicatorRow(
                        "review",
                        rs.getString(1),
                        rs.getString(2),
                        instant(rs, 3),
                        number(rs.getObject(4)),
                        rs.getString(5)));
    }

    private RowQuery returns(String indicator, String anchor, String[] window, String reason) {
        String matching = "FROM after_sales a WHERE a.shop_id = o.shop_id AND a.order_id = o.order_id"
                + " AND a.applied_at < :until AND " + reason;
        String body = "FROM orders o WHERE o.shop_id = :shop AND " + validOrder() + " AND " + anchor + " >= "
                + window[0] + " AND " + anchor + " < " + window[1] + " AND " + anchor + " < :until"
                + " AND EXISTS (SELECT 1 " + matching + ")";
        return new RowQuery(
                new IndicatorRows(indicator, "numerator", "order", null),
                "o.order_id, " + anchor + ", (SELECT MIN(a.after_sale_id) " + matching + "), o.product_name",
                body,
                anchor + " DESC, o.order_id",
                params,
                (rs, n) -> new IndicatorRow(
                        "order",
                        rs.getString(1),
                        rs.getString(1),
                        instant(rs, 2),
                        null,
                        join(rs.getString(3), rs.getString(4))));
    }

    private RowQuery platformHelp(String indicator) {
        String escalated = "FROM escalations e WHERE e.shop_id = o.shop_id AND e.order_id = o.order_id"
                + " AND e.escalated_at >= :from AND e.escalated_at < :until";
        String body = "FROM orders o WHERE o.shop_id = :shop AND " + validOrder()
                + " AND (EXISTS (SELECT 1 FROM after_sales a WHERE a.shop_id = o.shop_id AND a.order_id = o.order_id"
                + " AND a.applied_at >= :from AND a.applied_at < :until)"
                + " OR EXISTS (SELECT 1 FROM im_sessions s WHERE s.shop_id = o.shop_id AND s.order_id = o.order_id"
                + " AND s.human AND s.started_at >= :from AND s.started_at < :until))"
                + " AND EXISTS (SELECT 1 " + escalated + ")";
        return new RowQuery(
                new IndicatorRows(indicator, "numerator", "order", null),
                "o.order_id, (SELECT MIN(e.escalated_at) " + escalated + "), (SELECT MIN(e.kind) " + escalated
                        + "), o.product_name",
                body,
                "2 DESC, o.order_id",
                params,
                (rs, n) -> new IndicatorRow(
                        "order",
                        rs.getString(1),
                        rs.getString(1),
                        instant(rs, 2),
                        null,
                        join(rs.getString(3), rs.getString(4))));
    }

    private RowQuery complaints(String indicator, String[] window) {
        String complained = "FROM escalations e WHERE e.shop_id = o.shop_id AND e.order_id = o.order_id"
                + " AND e.kind = 'complaint' AND e.escalated_at < :until";
        String body = "FROM orders o WHERE o.shop_id = :shop AND " + validOrder() + " AND o.paid_at >= " + window[0]
                + " AND o.paid_at < " + window[1] + " AND EXISTS (SELECT 1 " + complained + ")";
        return new RowQuery(
                new IndicatorRows(indicator, "numerator", "order", null),
                "o.order_id, o.paid_at, o.product_name",
                body,
                "o.paid_at DESC, o.order_id",
                params,
                (rs, n) -> new IndicatorRow(
                        "order", rs.getString(1), rs.getString(1), instant(rs, 2), null, rs.getString(3)));
    }

    // ------------------------------------------------------------------ after-sales

    private RowQuery disputes(String indicator, String[] window) {
        String body = afterSalesOfValidOrders()
                + " AND a.arbitration AND a.merchant_responsible AND ((a.refunded_at < :until AND a.refunded_at >= "
                + window[0] + " AND a.refunded_at < " + window[1]
                + ") OR ((a.refunded_at IS NULL OR a.refunded_at >= :until)"
                + " AND a.closed_at < :until AND a.closed_at >= " + window[0] + " AND a.closed_at < " + window[1]
                + "))";
        return afterSaleRows(indicator, "numerator", null, "COALESCE(a.refunded_at, a.closed_at)", "NULL", body);
    }

    private RowQuery refundHours(String indicator, String[] window, String types) {
        String body = afterSalesOfValidOrders() + " AND a.after_sale_type IN (" + types + ") AND NOT a.arbitration"
                + " AND a.refunded_at >= " + window[0] + " AND a.refunded_at < " + window[1]
                + " AND a.refunded_at < :until";
        return afterSaleRows(
                indicator,
                "population",
                "hours",
                "a.refunded_at",
                dialect.millisBetween("a.applied_at", "a.refunded_at"),
                body);
    }

    private RowQuery reviewHours(String indicator) {
        String body = afterSalesOfValidOrders()
                + " AND a.after_sale_type IN ('refund_shipped', 'return_refund') AND NOT a.platform_initiated"
                + " AND a.agreed_at < :until AND a.refunded_at >= :from AND a.refunded_at < :until";
        Clocks clocks = rules.clocks();
        return new RowQuery(
                new IndicatorRows(indicator, "population", "after_sale", "hours"),
                "a.after_sale_id, a.order_id, a.refunded_at, a.applied_at, a.agreed_at, a.reason_text",
                body,
                dialect.millisBetween("a.applied_at", "a.agreed_at") + " DESC, a.after_sale_id",
                params,
                (rs, n) -> {
                    long applied = instant(rs, 4).toEpochMilli();
                    long start = ClockStarts.start(applied, clocks.reviewNightFrom(), clocks.reviewNightTo());
                    long hours = Math.max(0, instant(rs, 5).toEpochMilli() - start);
                    return new IndicatorRow(
                            "after_sale",
                            rs.getString(1),
                            rs.getString(2),
                            instant(rs, 3),
                            hours(hours),
                            rs.getString(6));
                });
    }

    private RowQuery afterSaleRows(
            String indicator, String what, @Nullable String unit, String at, String millis, String body) {
        return new RowQuery(
                new IndicatorRows(indicator, what, "after_sale", unit),
                "a.after_sale_id, a.order_id, " + at + ", " + millis + ", a.reason_text",
                body,
                ("NULL".equals(millis) ? at : millis) + " DESC, a.after_sale_id",
                params,
                (rs, n) -> {
                    Object value = rs.getObject(4);
                    return new IndicatorRow(
                            "after_sale",
                            rs.getString(1),
                            rs.getString(2),
                            instant(rs, 3),
                            value == null ? null : hours(((Number) value).longValue()),
                            rs.getString(5));
                });
    }

    private String afterSalesOfValidOrders() {
        return "FROM after_sales a JOIN orders o ON o.shop_id = a.shop_id AND o.order_id = a.order_id"
                + " WHERE a.shop_id = :shop AND a.applied_at < :until AND " + validOrder();
    }

    // ------------------------------------------------------------------ chat

    private RowQuery dissatisfied(String indicator) {
        String body = countedSessions() + " AND s.rating BETWEEN 1 AND 3";
        return new RowQuery(
                new IndicatorRows(indicator, "numerator", "session", "stars"),
                "s.session_id, s.order_id, s.started_at, s.rating",
                body,
                "s.rating, s.started_at DESC, s.session_id",
                params,
                (rs, n) -> new IndicatorRow(
                        "session", rs.getString(1), rs.getString(2), instant(rs, 3), number(rs.getObject(4)), null));
    }

    private RowQuery slowFirstReplies(String indicator) {
        long within =
                rules.indicator(indicator).map(IndicatorSpec::withinSeconds).orElse(0L) * Timestamps.SECOND;
        params.addValue("within", within);
        String first = "(SELECT MIN(x.buyer_message_at) FROM im_rounds x WHERE x.session_ref = s.id)";
        String reply = dialect.millisBetween("fr.buyer_message_at", "fr.human_reply_at");
        String body = countedSessions()
                        .replace(
                                "FROM im_sessions s",
                                "FROM im_sessions s LEFT JOIN im_rounds fr ON fr.session_ref = s.id AND fr.buyer_message_at = "
                                        + first)
                + " AND NOT (fr.id IS NOT NULL AND fr.human_reply_at IS NOT NULL AND fr.buyer_message_at < :until"
                + " AND fr.human_reply_at < :until AND "
                + reply + " <= :within)";
        return new RowQuery(
                new IndicatorRows(indicator, "failures", "session", "seconds"),
                "s.session_id, s.order_id, s.started_at, CASE WHEN fr.human_reply_at < :until THEN " + reply + " END",
                body,
                "s.started_at DESC, s.session_id",
                params,
                (rs, n) -> {
                    Object millis = rs.getObject(4);
                    return new IndicatorRow(
                            "session",
                            rs.getString(1),
                            rs.getString(2),
                            instant(rs, 3),
                            millis == null ? null : seconds(((Number) millis).longValue()),
                            null);
                });
    }

    private RowQuery rounds(String indicator) {
        long cap = rules.clocks().roundReplyCapSeconds() * Timestamps.SECOND;
        params.addValue("cap", cap);
        String millis =
                "CASE WHEN r.human_reply_at IS NULL OR r.human_reply_at >= :until THEN :cap ELSE LEAST(GREATEST("
                        + dialect.millisBetween("r.buyer_message_at", "r.human_reply_at") + ", 0), :cap) END";
        String body = countedSessions()
                        .replace("FROM im_sessions s", "FROM im_rounds r JOIN im_sessions s ON s.id = r.session_ref")
                + " AND r.buyer_message_at < :until";
        return new RowQuery(
                new IndicatorRows(indicator, "population", "round", "seconds"),
                "s.session_id, s.order_id, r.buyer_message_at, " + millis,
                body,
                "4 DESC, r.buyer_message_at DESC, s.session_id",
                params,
                (rs, n) -> {
                    Instant message = instant(rs, 3);
                    return new IndicatorRow(
                            "round",
                            rs.getString(1) + "@" + Timestamps.format(message.toEpochMilli()),
                            rs.getString(2),
                            message,
                            seconds(((Number) rs.getObject(4)).longValue()),
                            rs.getString(1));
                });
    }

    /** Human sessions started in the window during service hours (spec 5.2), alias {@code s}. */
    private String countedSessions() {
        Clocks clocks = rules.clocks();
        List<String> hours = new ArrayList<>();
        for (int k = rules.windowDays(); k >= 1; k--) {
            LocalDate d = day.minusDays(k);
            params.addValue("sh" + k, time(Timestamps.of(d.atTime(clocks.serviceFrom()))));
            params.addValue("eh" + k, time(Timestamps.of(d.atTime(clocks.serviceTo()))));
            hours.add("(s.started_at >= :sh" + k + " AND s.started_at < :eh" + k + ")");
        }
        return "FROM im_sessions s WHERE s.shop_id = :shop AND s.human AND s.started_at >= :from"
                + " AND s.started_at < :until AND (" + String.join(" OR ", hours) + ")";
    }

    // ------------------------------------------------------------------ logistics

    private RowQuery pickups(String indicator, String[] window, boolean nightClock) {
        String presale = rules.pickup().excludePresale() ? " AND NOT o.is_presale" : "";
        String body = "FROM orders o WHERE o.shop_id = :shop AND " + validOrder() + " AND NOT o.is_virtual" + presale
                + " AND o.picked_up_at >= " + window[0] + " AND o.picked_up_at < " + window[1]
                + " AND o.picked_up_at < :until";
        Clocks clocks = rules.clocks();
        return new RowQuery(
                new IndicatorRows(indicator, "population", "order", "hours"),
                "o.order_id, o.picked_up_at, o.paid_at, o.courier",
                body,
                dialect.millisBetween("o.paid_at", "o.picked_up_at") + " DESC, o.order_id",
                params,
                (rs, n) -> {
                    long picked = instant(rs, 2).toEpochMilli();
                    long paid = instant(rs, 3).toEpochMilli();
                    long start = nightClock
                            ? ClockStarts.start(paid, clocks.pickupNightFrom(), clocks.pickupNightTo())
                            : paid;
                    return new IndicatorRow(
                            "order",
                            rs.getString(1),
                            rs.getString(1),
                            instant(rs, 2),
                            hours(Math.max(0, picked - start)),
                            rs.getString(4));
                });
    }

    private RowQuery deliveries(String indicator, String[] window) {
        String presale = rules.pickup().excludePresale() ? " AND NOT o.is_presale" : "";
        String body = "FROM orders o WHERE o.shop_id = :shop AND " + validOrder() + " AND NOT o.is_virtual" + presale
                + " AND o.picked_up_at < :until AND o.signed_at >= " + window[0] + " AND o.signed_at < " + window[1]
                + " AND o.signed_at < :until";
        return new RowQuery(
                new IndicatorRows(indicator, "population", "order", "hours"),
                "o.order_id, o.signed_at, " + dialect.millisBetween("o.picked_up_at", "o.signed_at") + ", o.courier",
                body,
                "3 DESC, o.order_id",
                params,
                (rs, n) -> new IndicatorRow(
                        "order",
                        rs.getString(1),
                        rs.getString(1),
                        instant(rs, 2),
                        hours(Math.max(0, ((Number) rs.getObject(3)).longValue())),
                        rs.getString(4)));
    }

    // ------------------------------------------------------------------ helpers

    /** A valid paid order (spec section 4), alias {@code o}. */
    private String validOrder() {
        StringBuilder sql = new StringBuilder("o.paid_at IS NOT NULL AND o.paid_at < :until");
        for (OrderFlag flag : rules.excludedOrderFlags()) {
            String column = FLAG_COLUMNS.get(flag);
            if (column != null) {
                sql.append(" AND NOT o.").append(column);
            }
        }
        return sql.append(" AND (o.amount_paid IS NULL OR o.amount_paid > :lowPrice)")
                .toString();
    }

    /** The bounds of the indicator's own window as parameters, or the main window's. */
    private String[] window(String indicator) {
        WindowSpec spec = rules.indicator(indicator).map(IndicatorSpec::window).orElse(null);
        if (spec == null) {
            return new String[] {":from", ":until"};
        }
        params.addValue("iFrom", time(Timestamps.startOfDay(day.minusDays(spec.fromDaysBefore()))));
        params.addValue("iTo", time(Timestamps.startOfDay(day.minusDays(spec.toDaysBefore()))));
        return new String[] {":iFrom", ":iTo"};
    }

    static OffsetDateTime time(long millis) {
        return Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static @Nullable BigDecimal number(@Nullable Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }

    private static BigDecimal hours(long millis) {
        return BigDecimal.valueOf(millis).divide(MILLIS_PER_HOUR, 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal seconds(long millis) {
        return BigDecimal.valueOf(millis).divide(THOUSAND, 3, RoundingMode.HALF_UP);
    }

    private static @Nullable String join(@Nullable String first, @Nullable String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + " · " + second;
    }
}
