package com.scoredesk.workbench;

import static com.scoredesk.workbench.WorklistQueries.instant;
import static com.scoredesk.workbench.WorklistQueries.utc;

import com.scoredesk.scoring.model.Province;
import com.scoredesk.scoring.rules.Clocks;
import com.scoredesk.scoring.rules.RuleSet;
import com.scoredesk.scoring.rules.WorkItemRules;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds a shop's open work in the activity tables, with the deadlines of spec section 9 taken from the shop's rule
 * set. What counts as open:
 *
 * <ul>
 *   <li>待回复: rounds of human sessions (a pure bot session is not the agents' work) without a human reply, whose
 *       buyer message came inside service hours (08:00–23:00) in the last {@code chatLookback}; due {@code
 *       imDueSeconds} after the message.
 *   <li>待处理售后: after-sales pending with the merchant (no agreement, refund or closing); due {@code
 *       afterSaleResponseHours} after the review-clock start, when the platform agrees by itself. 仅退款 before
 *       shipment of at most 8,000 yuan on an item with 极速退款 is refunded by the platform at once and is not listed.
 *   <li>可申诉差评: 1–2★ first reviews not (yet) appealed, inside the appeal window, with the evidence found.
 *   <li>待揽收: paid orders (not virtual, not 秒退, not refunded before shipment) without pickup; due by 23:59:59 of
 *       the day after payment (industry hours, or the presale's promised date, where they apply).
 *   <li>物流异常: picked-up waybills, not signed, with 发运异常 / 中转超时 / 异常派件 in their trace or past their delivery
 *       deadline.
 * </ul>
 */
@Component
class OpenWork {

    static final Set<String> LISTED_ANOMALIES = Set.of("shipment_anomaly", "transit_timeout", "delivery_anomaly");
    static final Set<String> APPEALABLE_ANOMALIES =
            Set.of("shipment_anomaly", "transit_timeout", "delivery_anomaly", "no_sorting_48h");
    static final String LATE_DELIVERY = "late_delivery";
    static final String EXPRESS_REFUND_COLUMN = "极速退款";
    static final BigDecimal EXPRESS_REFUND_LIMIT = new BigDecimal("8000.00");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final WorkbenchProperties properties;

    OpenWork(JdbcTemplate jdbc, WorkbenchProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    List<Candidate> find(long shopId, String industry, RuleSet rules, Instant now) {
        List<Candidate> all = new ArrayList<>();
        all.addAll(chats(shopId, rules, now));
        all.addAll(afterSales(shopId, rules, now));
        all.addAll(reviews(shopId, rules, now));
        all.addAll(pickups(shopId, industry, rules, now));
        all.addAll(parcels(shopId, rules, now));
        return all;
    }

    List<Candidate> chats(long shopId, RuleSet rules, Instant now) {
        Clocks clocks = rules.clocks();
        long dueSeconds = rules.workItems().imDueSeconds();
        return jdbc
                .query(
                        """
                        SELECT r.id, r.buyer_message_at, s.session_id, s.order_id, s.buyer_id, o.buyer_nickname,
                          o.product_name, o.amount_paid
                        FROM im_rounds r JOIN im_sessions s ON s.id = r.session_ref
                        LEFT JOIN orders o ON o.shop_id = s.shop_id AND o.order_id = s.order_id
                        WHERE r.shop_id = ? AND r.human_reply_at IS NULL AND s.human = TRUE AND r.buyer_message_at >= ?
                          AND r.buyer_message_at <= ?""",
                        (rs, row) -> {
                            Instant message = required(rs, "buyer_message_at");
                            String orderId = rs.getString("order_id");
                            return new Candidate(
                                    WorkItemKind.CHAT,
                                    rs.getLong("id"),
                                    ScoreImpactPricer.roundRef(rs.getString("session_id"), message),
                                    orderId,
                                    firstNonNull(rs.getString("buyer_nickname"), rs.getString("buyer_id")),
                                    rs.getString("product_name"),
                                    orderId == null ? "presale" : null,
                                    rs.getBigDecimal("amount_paid"),
                                    List.of(),
                                    message,
                                    message.plusSeconds(dueSeconds),
                                    message.plusSeconds(clocks.roundReplyCapSeconds()));
                        },
                        shopId,
                        utc(now.minus(properties.chatLookback())),
                        utc(now))
                .stream()
                .filter(c -> WorkbenchTime.within(
                        WorkbenchTime.timeOfDay(c.openedAt()), clocks.serviceFrom(), clocks.serviceTo()))
                .toList();
    }

    List<Candidate> afterSales(long shopId, RuleSet rules, Instant now) {
        Clocks clocks = rules.clocks();
        Duration response = Duration.ofHours(rules.workItems().afterSaleResponseHours());
        List<Candidate> found = new ArrayList<>();
        jdbc.query(
                """
                SELECT a.id, a.after_sale_id, a.order_id, a.after_sale_type, a.applied_at, a.reason_text,
                  a.refund_amount, o.amount_paid, o.buyer_nickname, o.buyer_id, o.product_name, o.extra_columns
                FROM after_sales a LEFT JOIN orders o ON o.shop_id = a.shop_id AND o.order_id = a.order_id
                WHERE a.shop_id = ? AND (a.status = 'pending' OR a.status IS NULL) AND a.agreed_at IS NULL
                  AND a.refunded_at IS NULL AND a.closed_at IS NULL AND a.applied_at >= ? AND a.applied_at <= ?""",
                rs -> {
                    String type = rs.getString("after_sale_type");
                    BigDecimal refund = rs.getBigDecimal("refund_amount");
                    BigDecimal amount = refund != null ? refund : rs.getBigDecimal("amount_paid");
                    if (refundedByPlatformAtOnce(type, amount, rs.getString("extra_columns"))) {
                        return;
                    }
                    Instant applied = required(rs, "applied_at");
                    Instant clockStart = WorkbenchTime.within(
                                    WorkbenchTime.timeOfDay(applied), clocks.reviewNightFrom(), clocks.reviewNightTo())
                            ? WorkbenchTime.nextTimeOfDay(applied, clocks.reviewNightTo())
                            : applied;
                    found.add(new Candidate(
                            WorkItemKind.AFTER_SALE,
                            rs.getLong("id"),
                            rs.getString("after_sale_id"),
                            rs.getString("order_id"),
                            firstNonNull(rs.getString("buyer_nickname"), rs.getString("buyer_id")),
                            firstNonNull(rs.getString("reason_text"), rs.getString("product_name")),
                            type,
                            amount,
                            List.of(),
                            applied,
                            clockStart.plus(response),
                            null));
                },
                shopId,
                utc(now.minus(properties.lookback())),
                utc(now));
        return found;
    }

    List<Candidate> reviews(long shopId, RuleSet rules, Instant now) {
        int windowDays = rules.workItems().appealWindowDays();
        Map<String, Set<String>> anomalies = anomaliesByOrder(shopId, now, APPEALABLE_ANOMALIES);
        return jdbc.query(
                """
                SELECT r.id, r.review_id, r.order_id, r.created_at, r.product_rating, r.review_text, o.buyer_nickname,
                  o.buyer_id, o.amount_paid, o.picked_up_at, o.signed_at, o.delivery_due_at, o.ship_from_province,
                  o.ship_to_province
                FROM reviews r LEFT JOIN orders o ON o.shop_id = r.shop_id AND o.order_id = r.order_id
                WHERE r.shop_id = ? AND r.product_rating <= 2 AND r.created_at >= ? AND r.created_at <= ?
                  AND r.appeal_status IN ('none', 'draft')
                  AND NOT EXISTS (SELECT 1 FROM reviews e WHERE e.shop_id = r.shop_id AND e.order_id = r.order_id
                    AND (e.created_at < r.created_at OR (e.created_at = r.created_at AND e.review_id < r.review_id)))""",
                (rs, row) -> {
                    Instant created = required(rs, "created_at");
                    String orderId = rs.getString("order_id");
                    Set<String> evidence = new LinkedHashSet<>(anomalies.getOrDefault(orderId, Set.of()));
                    Instant pickedUp = instant(rs, "picked_up_at");
                    if (pickedUp != null) {
                        Instant due = deliveryDeadline(rules, pickedUp, rs);
                        Instant signed = instant(rs, "signed_at");
                        if ((signed != null && signed.isAfter(due)) || (signed == null && now.isAfter(due))) {
                            evidence.add(LATE_DELIVERY);
                        }
                    }
                    return new Candidate(
                            WorkItemKind.REVIEW,
                            rs.getLong("id"),
                            rs.getString("review_id"),
                            orderId,
                            firstNonNull(rs.getString("buyer_nickname"), rs.getString("buyer_id")),
                            rs.getString("review_text"),
                            Integer.toString(rs.getInt("product_rating")),
                            rs.getBigDecimal("amount_paid"),
                            List.copyOf(evidence),
                            created,
                            created.plus(Duration.ofDays(windowDays)),
                            null);
                },
                shopId,
                utc(now.minus(Duration.ofDays(windowDays))),
                utc(now));
    }

    List<Candidate> pickups(long shopId, String industry, RuleSet rules, Instant now) {
        WorkItemRules items = rules.workItems();
        Long industryHours = items.pickupHoursByIndustry().get(industry);
        return jdbc.query(
                """
                SELECT o.id, o.order_id, o.paid_at, o.is_presale, o.promised_ship_by, o.buyer_nickname, o.buyer_id,
                  o.product_name, o.amount_paid
                FROM orders o
                WHERE o.shop_id = ? AND o.picked_up_at IS NULL AND o.paid_at >= ? AND o.paid_at <= ?
                  AND o.is_virtual = FALSE AND o.is_instant_refund = FALSE
                  AND NOT EXISTS (SELECT 1 FROM after_sales a WHERE a.shop_id = o.shop_id AND a.order_id = o.order_id
                    AND a.after_sale_type = 'refund_unshipped'
                    AND (a.agreed_at IS NOT NULL OR a.refunded_at IS NOT NULL))""",
                (rs, row) -> {
                    Instant paid = required(rs, "paid_at");
                    boolean presale = rs.getBoolean("is_presale");
                    Instant promised = instant(rs, "promised_ship_by");
                    Instant deadline;
                    if (presale && promised != null) {
                        deadline = promised;
                    } else if (industryHours != null) {
                        deadline = paid.plus(Duration.ofHours(industryHours));
                    } else {
                        deadline = WorkbenchTime.endOfDayAfter(paid, items.pickupDeadlineDays());
                    }
                    return new Candidate(
                            WorkItemKind.PICKUP,
                            rs.getLong("id"),
                            rs.getString("order_id"),
                            rs.getString("order_id"),
                            firstNonNull(rs.getString("buyer_nickname"), rs.getString("buyer_id")),
                            rs.getString("product_name"),
                            presale ? "presale" : null,
                            rs.getBigDecimal("amount_paid"),
                            List.of(),
                            paid,
                            deadline,
                            null);
                },
                shopId,
                utc(now.minus(properties.lookback())),
                utc(now));
    }

    List<Candidate> parcels(long shopId, RuleSet rules, Instant now) {
        Map<String, Set<String>> anomalies = anomaliesByOrder(shopId, now, LISTED_ANOMALIES);
        List<Candidate> found = new ArrayList<>();
        jdbc.query(
                """
                SELECT o.id, o.order_id, o.picked_up_at, o.delivery_due_at, o.ship_from_province, o.ship_to_province,
                  o.courier, o.waybill_no, o.buyer_nickname, o.buyer_id, o.amount_paid
                FROM orders o
                WHERE o.shop_id = ? AND o.picked_up_at >= ? AND o.picked_up_at <= ? AND o.signed_at IS NULL
                  AND o.is_virtual = FALSE""",
                rs -> {
                    String orderId = rs.getString("order_id");
                    Instant pickedUp = required(rs, "picked_up_at");
                    Instant due = deliveryDeadline(rules, pickedUp, rs);
                    Set<String> found1 = anomalies.getOrDefault(orderId, Set.of());
                    boolean late = now.isAfter(due);
                    if (found1.isEmpty() && !late) {
                        return;
                    }
                    List<String> evidence = new ArrayList<>(found1);
                    if (late) {
                        evidence.add(LATE_DELIVERY);
                    }
                    String courier = rs.getString("courier");
                    String waybill = rs.getString("waybill_no");
                    String parcel = courier == null && waybill == null
                            ? null
                            : (Objects.requireNonNullElse(courier, "") + " " + Objects.requireNonNullElse(waybill, ""));
                    found.add(new Candidate(
                            WorkItemKind.LOGISTICS,
                            rs.getLong("id"),
                            orderId,
                            orderId,
                            firstNonNull(rs.getString("buyer_nickname"), rs.getString("buyer_id")),
                            parcel,
                            found1.isEmpty() ? LATE_DELIVERY : found1.iterator().next(),
                            rs.getBigDecimal("amount_paid"),
                            evidence,
                            pickedUp,
                            due,
                            null));
                },
                shopId,
                utc(now.minus(properties.lookback())),
                utc(now));
        return found;
    }

    /** Delivery deadline (spec 5.2): as given, else 23:59:59 of the day N days after the pickup day, by route. */
    static Instant deliveryDeadline(RuleSet rules, Instant pickedUp, ResultSet rs) throws SQLException {
        Instant given = instant(rs, "delivery_due_at");
        if (given != null) {
            return given;
        }
        int days = rules.delivery()
                .days(province(rs.getString("ship_from_province")), province(rs.getString("ship_to_province")));
        return WorkbenchTime.endOfDayAfter(pickedUp, days);
    }

    private Map<String, Set<String>> anomaliesByOrder(long shopId, Instant now, Set<String> kinds) {
        Map<String, Set<String>> byOrder = new HashMap<>();
        jdbc.query(
                "SELECT order_id, anomaly FROM logistics_events WHERE shop_id = ? AND anomaly IS NOT NULL"
                        + " AND occurred_at >= ? AND occurred_at <= ? ORDER BY occurred_at",
                rs -> {
                    String anomaly = rs.getString("anomaly");
                    if (kinds.contains(anomaly)) {
                        byOrder.computeIfAbsent(rs.getString("order_id"), k -> new LinkedHashSet<>())
                                .add(anomaly);
                    }
                },
                shopId,
                utc(now.minus(properties.lookback())),
                utc(now));
        return byOrder;
    }

    /** 极速退款 (spec 9): the 抖店 export's column of that name says whether the item has it. */
    static boolean refundedByPlatformAtOnce(String type, @Nullable BigDecimal amount, @Nullable String extraColumns) {
        if (!"refund_unshipped".equals(type) || extraColumns == null || extraColumns.isBlank()) {
            return false;
        }
        if (amount != null && amount.compareTo(EXPRESS_REFUND_LIMIT) > 0) {
            return false;
        }
        JsonNode value = JSON.readTree(extraColumns).get(EXPRESS_REFUND_COLUMN);
        if (value == null) {
            return false;
        }
        String text = value.asString().strip();
        return text.equals("是") || text.equalsIgnoreCase("true") || text.equals("1") || text.equalsIgnoreCase("yes");
    }

    private static @Nullable Province province(@Nullable String name) {
        return name == null ? null : Province.parse(name).orElse(null);
    }

    private static Instant required(ResultSet rs, String column) throws SQLException {
        return Objects.requireNonNull(instant(rs, column), column);
    }

    private static @Nullable String firstNonNull(@Nullable String a, @Nullable String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
