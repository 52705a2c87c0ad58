package com.scoredesk.kpi;

import com.scoredesk.scoring.model.OrderFlag;
import com.scoredesk.scoring.model.Province;
import com.scoredesk.scoring.model.Timestamps;
import com.scoredesk.scoring.rules.DeliveryRoutes;
import com.scoredesk.scoring.rules.RuleSet;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The waybills of {@code delivery_on_time_rate} that missed their deadline (spec 5.2): a waybill's deadline is its
 * {@code delivery_due_at}, else 23:59:59 of the route's days after the pickup day, which needs the province rules, so
 * the candidates are read with one narrow query and the deadlines computed here. Newest deadline first.
 */
final class MissedDeliveries {

    private static final Map<OrderFlag, String> EXCLUDED = Map.of(
            OrderFlag.GIFT,
            "is_gift",
            OrderFlag.LUCKY_BAG,
            "is_lucky_bag",
            OrderFlag.INSTANT_REFUND,
            "is_instant_refund",
            OrderFlag.ABNORMAL,
            "is_abnormal");

    private MissedDeliveries() {}

    static IndicatorRows rows() {
        return new IndicatorRows("delivery_on_time_rate", "failures", "waybill", null);
    }

    static List<IndicatorRow> find(NamedParameterJdbcTemplate jdbc, RuleSet rules, long shopId, LocalDate day) {
        DeliveryRoutes routes = rules.delivery();
        int longest = Math.max(routes.sameProvinceDays(), routes.defaultDays());
        for (DeliveryRoutes.Route route : routes.routes()) {
            longest = Math.max(longest, route.days());
        }
        long from = Timestamps.startOfDay(day.minusDays(rules.windowDays()));
        long until = Timestamps.startOfDay(day);
        StringBuilder valid = new StringBuilder("o.paid_at IS NOT NULL AND o.paid_at < :until");
        for (OrderFlag flag : rules.excludedOrderFlags()) {
            if (EXCLUDED.containsKey(flag)) {
                valid.append(" AND NOT o.").append(EXCLUDED.get(flag));
            }
        }
        valid.append(" AND (o.amount_paid IS NULL OR o.amount_paid > :lowPrice)");
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("shop", shopId)
                .addValue("from", IndicatorRowQueries.time(from))
                .addValue("until", IndicatorRowQueries.time(until))
                .addValue(
                        "pickedFrom",
                        IndicatorRowQueries.time(
                                Timestamps.startOfDay(day.minusDays(rules.windowDays() + longest + 1L))))
                .addValue(
                        "lowPrice",
                        BigDecimal.valueOf(rules.lowPriceCutoffFen()).movePointLeft(2));
        List<IndicatorRow> missed = new ArrayList<>();
        jdbc.query(
                "SELECT o.order_id, o.picked_up_at, o.delivery_due_at, o.signed_at, o.trace_compensation,"
                        + " o.ship_from_province, o.ship_to_province, o.courier FROM orders o WHERE o.shop_id = :shop AND "
                        + valid + " AND NOT o.is_virtual AND o.picked_up_at < :until"
                        + " AND (o.picked_up_at >= :pickedFrom OR (o.delivery_due_at >= :from AND o.delivery_due_at < :until))",
                params,
                rs -> {
                    long picked = IndicatorRowQueries.instant(rs, 2).toEpochMilli();
                    Object due = rs.getObject(3);
                    long deadline = due != null
                            ? IndicatorRowQueries.instant(rs, 3).toEpochMilli()
                            : Timestamps.startOfDay(Timestamps.epochDay(picked)
                                            + routes.days(province(rs.getString(6)), province(rs.getString(7)))
                                            + 1)
                                    - Timestamps.SECOND;
                    if (deadline < from || deadline >= until) {
                        return;
                    }
                    Object signedValue = rs.getObject(4);
                    long signed = signedValue == null
                            ? Long.MAX_VALUE
                            : IndicatorRowQueries.instant(rs, 4).toEpochMilli();
                    boolean met = signed < until && signed <= deadline && !rs.getBoolean(5);
                    if (!met) {
                        missed.add(new IndicatorRow(
                                "waybill",
                                rs.getString(1),
                                rs.getString(1),
                                Instant.ofEpochMilli(deadline),
                                null,
                                rs.getString(8)));
                    }
                });
        missed.sort(Comparator.comparing(IndicatorRow::at).reversed().thenComparing(IndicatorRow::rowId));
        return missed;
    }

    private static @Nullable Province province(@Nullable String name) {
        return name == null ? null : Province.parse(name).orElse(null);
    }
}
