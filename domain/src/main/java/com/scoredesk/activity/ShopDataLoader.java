package com.scoredesk.activity;

import com.scoredesk.scoring.model.AfterSale;
import com.scoredesk.scoring.model.AfterSaleStatus;
import com.scoredesk.scoring.model.AfterSaleType;
import com.scoredesk.scoring.model.AppealStatus;
import com.scoredesk.scoring.model.Coded;
import com.scoredesk.scoring.model.Escalation;
import com.scoredesk.scoring.model.EscalationKind;
import com.scoredesk.scoring.model.ImRound;
import com.scoredesk.scoring.model.ImSession;
import com.scoredesk.scoring.model.Order;
import com.scoredesk.scoring.model.OrderDisplay;
import com.scoredesk.scoring.model.OrderFlag;
import com.scoredesk.scoring.model.Province;
import com.scoredesk.scoring.model.ReasonCategory;
import com.scoredesk.scoring.model.Review;
import com.scoredesk.scoring.model.Shop;
import com.scoredesk.scoring.model.ShopData;
import com.scoredesk.scoring.model.ShopDataBuilder;
import com.scoredesk.scoring.model.Timestamps;
import com.scoredesk.scoring.model.Violation;
import com.scoredesk.scoring.model.ViolationKind;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads what one score needs of a shop's activity into the scoring engine's {@link ShopData}, with plain JDBC and
 * only the columns the score reads (no display fields, no parcel traces: the score never reads them).
 *
 * <p>Which rows: the orders whose own times reach into the window (paid, picked up, signed or due), every
 * after-sale, review and escalation of those orders that exists before {@code until}, and the after-sales,
 * sessions (with their rounds), escalations and violations whose own times fall in the window, together with the
 * orders they refer to. That is everything any indicator of any rule set looks at, so the score equals the score of
 * the whole bundle; rows that refer to an order the shop does not have are left out, as the bundle reader rejects
 * them.
 */
@Component
@Transactional(readOnly = true)
public class ShopDataLoader {

    private static final int FETCH_SIZE = 2_000;
    private static final int IN_CHUNK = 500;

    /** Orders whose own times reach into the window. {@code o} is the order's alias. */
    private static final String ORDER_IN_WINDOW =
            """
            o.shop_id = :shop AND o.paid_at < :until
              AND (o.paid_at >= :from OR o.picked_up_at >= :pickedUpFrom OR o.signed_at >= :from
                   OR o.delivery_due_at >= :from)""";

    private static final String ORDER_COLUMNS =
            """
            o.order_id, o.paid_at, o.amount_paid, o.is_gift, o.is_lucky_bag, o.is_instant_refund, o.is_abnormal,
            o.is_presale, o.is_virtual, o.trace_compensation, o.fraudulent_shipping, o.next_day_delivery,
            o.freight_insurance, o.bulky_freight_insurance, o.home_installation, o.promised_ship_by,
            o.ship_from_province, o.ship_to_province, o.picked_up_at, o.delivery_due_at, o.signed_at,
            o.courier_urged_at""";

    private static final String AFTER_SALE_COLUMNS =
            """
            a.id, a.after_sale_id, a.order_id, a.after_sale_type, a.applied_at, a.first_reason_category,
            a.reason_text, a.agreed_at, a.return_signed_at, a.confirmed_at, a.refunded_at, a.closed_at, a.status,
            a.platform_initiated, a.arbitration, a.merchant_responsible, a.logistics_liability, a.negotiation_seconds,
            a.refund_amount""";

    private static final String ESCALATION_COLUMNS = "e.id, e.escalation_id, e.order_id, e.escalated_at, e.kind";

    /** Flag columns in the order of {@link #ORDER_COLUMNS}, from column 4 on. */
    private static final OrderFlag[] FLAG_COLUMNS = {
        OrderFlag.GIFT,
        OrderFlag.LUCKY_BAG,
        OrderFlag.INSTANT_REFUND,
        OrderFlag.ABNORMAL,
        OrderFlag.PRESALE,
        OrderFlag.VIRTUAL,
        OrderFlag.TRACE_COMPENSATION,
        OrderFlag.FRAUDULENT_SHIPPING,
        OrderFlag.NEXT_DAY_DELIVERY,
        OrderFlag.FREIGHT_INSURANCE,
        OrderFlag.BULKY_FREIGHT_INSURANCE,
        OrderFlag.HOME_INSTALLATION
    };

    private final NamedParameterJdbcTemplate jdbc;

    ShopDataLoader(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.jdbc = new NamedParameterJdbcTemplate(template);
    }

    /** The rows of shop {@code shopId} that a score over {@code window} needs, as the input of the engine. */
    public ShopData load(Shop shop, long shopId, ScoringWindow window) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("shop", shopId)
                .addValue("from", time(window.from()))
                .addValue("pickedUpFrom", time(window.pickedUpFrom()))
                .addValue("until", time(window.until()));
        ShopDataBuilder builder = new ShopDataBuilder().shop(shop);

        List<String> windowOrders = new ArrayList<>();
        jdbc.query("SELECT " + ORDER_COLUMNS + " FROM orders o WHERE " + ORDER_IN_WINDOW, params, rs -> {
            Order order = order(rs);
            builder.addOrder(order);
            windowOrders.add(order.orderId());
        });

        // Every after-sale, escalation and review of the window's orders, looked up by order id: a join on the
        // window predicate makes H2 scan the orders once per row.
        Map<Long, PendingRow<AfterSale>> afterSales = new LinkedHashMap<>();
        Map<Long, PendingRow<Escalation>> escalations = new LinkedHashMap<>();
        List<Review> reviews = new ArrayList<>();
        forChunks(windowOrders, chunk -> {
            MapSqlParameterSource ids = new MapSqlParameterSource(params.getValues()).addValue("ids", chunk);
            jdbc.query(
                    "SELECT " + AFTER_SALE_COLUMNS + " FROM after_sales a WHERE a.shop_id = :shop"
                            + " AND a.order_id IN (:ids) AND a.applied_at < :until",
                    ids,
                    rs -> {
                        afterSales.put(rs.getLong(1), afterSale(rs));
                    });
            jdbc.query(
                    "SELECT " + ESCALATION_COLUMNS + " FROM escalations e WHERE e.shop_id = :shop"
                            + " AND e.order_id IN (:ids) AND e.escalated_at < :until",
                    ids,
                    rs -> {
                        escalations.put(rs.getLong(1), escalation(rs));
                    });
            jdbc.query(
                    "SELECT r.review_id, r.order_id, r.created_at, r.product_rating, r.logistics_rating,"
                            + " r.service_rating, r.review_text, r.has_images, r.appeal_status FROM reviews r"
                            + " WHERE r.shop_id = :shop AND r.order_id IN (:ids) AND r.created_at < :until",
                    ids,
                    rs -> {
                        reviews.add(review(rs, builder));
                    });
        });

        // The window's own after-sales, escalations and chats, whatever their order.
        jdbc.query(
                "SELECT " + AFTER_SALE_COLUMNS + " FROM after_sales a WHERE a.shop_id = :shop"
                        + " AND a.applied_at < :until AND (a.applied_at >= :from OR a.refunded_at >= :from"
                        + " OR a.closed_at >= :from)",
                params,
                rs -> {
                    afterSales.putIfAbsent(rs.getLong(1), afterSale(rs));
                });
        jdbc.query(
                "SELECT " + ESCALATION_COLUMNS + " FROM escalations e WHERE e.shop_id = :shop"
                        + " AND e.escalated_at >= :from AND e.escalated_at < :until",
                params,
                rs -> {
                    escalations.putIfAbsent(rs.getLong(1), escalation(rs));
                });
        List<PendingRow<ImSession>> sessions = new ArrayList<>();
        jdbc.query(
                "SELECT s.id, s.session_id, s.order_id, s.buyer_id, s.started_at, s.human, s.rating FROM im_sessions s"
                        + " WHERE s.shop_id = :shop AND s.started_at >= :from AND s.started_at < :until",
                params,
                rs -> {
                    sessions.add(session(rs));
                });

        loadReferencedOrders(builder, shopId, afterSales.values(), escalations.values(), sessions);
        afterSales.values().forEach(row -> row.resolve(builder).ifPresent(builder::addAfterSale));
        escalations.values().forEach(row -> row.resolve(builder).ifPresent(builder::addEscalation));
        reviews.forEach(builder::addReview);
        Map<Long, Integer> sessionIndex = new HashMap<>();
        for (PendingRow<ImSession> row : sessions) {
            row.resolve(builder).ifPresent(session -> sessionIndex.put(row.dbId(), builder.addSession(session)));
        }
        jdbc.query(
                "SELECT r.session_ref, r.buyer_message_at, r.human_reply_at FROM im_rounds r"
                        + " JOIN im_sessions s ON s.id = r.session_ref WHERE s.shop_id = :shop"
                        + " AND s.started_at >= :from AND s.started_at < :until AND r.buyer_message_at < :until",
                params,
                rs -> {
                    Integer session = sessionIndex.get(rs.getLong(1));
                    if (session != null) {
                        builder.addRound(new ImRound(session, millis(rs, 2), millis(rs, 3)));
                    }
                });
        jdbc.query(
                "SELECT v.violation_id, v.occurred_at, v.kind FROM violations v WHERE v.shop_id = :shop"
                        + " AND v.occurred_at >= :from AND v.occurred_at < :until",
                params,
                rs -> {
                    builder.addViolation(
                            new Violation(rs.getString(1), millis(rs, 2), code(ViolationKind.class, rs.getString(3))));
                });
        return builder.build();
    }

    private static void forChunks(List<String> ids, Consumer<List<String>> action) {
        for (int start = 0; start < ids.size(); start += IN_CHUNK) {
            action.accept(ids.subList(start, Math.min(ids.size(), start + IN_CHUNK)));
        }
    }

    private static Review review(ResultSet rs, ShopDataBuilder builder) throws SQLException {
        return new Review(
                rs.getString(1),
                builder.orderIndex(rs.getString(2)).orElseThrow(),
                millis(rs, 3),
                stars(rs, 4),
                stars(rs, 5),
                stars(rs, 6),
                text(rs, 7),
                rs.getBoolean(8),
                code(AppealStatus.class, rs.getString(9)));
    }

    /** Adds the orders that in-window rows refer to but that were not loaded by their own times. */
    private void loadReferencedOrders(
            ShopDataBuilder builder,
            long shopId,
            Iterable<? extends PendingRow<?>> afterSales,
            Iterable<? extends PendingRow<?>> escalations,
            Iterable<? extends PendingRow<?>> sessions) {
        Set<String> missing = new HashSet<>();
        for (Iterable<? extends PendingRow<?>> rows : List.of(afterSales, escalations, sessions)) {
            for (PendingRow<?> row : rows) {
                String orderId = row.orderId();
                if (orderId != null && builder.orderIndex(orderId).isEmpty()) {
                    missing.add(orderId);
                }
            }
        }
        forChunks(
                missing.stream().sorted().toList(),
                chunk -> jdbc.query(
                        "SELECT " + ORDER_COLUMNS + " FROM orders o WHERE o.shop_id = :shop AND o.order_id IN (:ids)",
                        new MapSqlParameterSource().addValue("shop", shopId).addValue("ids", chunk),
                        rs -> {
                            builder.addOrder(order(rs));
                        }));
    }

    private static Order order(ResultSet rs) throws SQLException {
        int flags = 0;
        for (int i = 0; i < FLAG_COLUMNS.length; i++) {
            if (rs.getBoolean(4 + i)) {
                flags |= FLAG_COLUMNS[i].bit();
            }
        }
        return new Order(
                rs.getString(1),
                millis(rs, 2),
                fen(rs.getBigDecimal(3), Order.NO_AMOUNT),
                flags,
                millis(rs, 16),
                province(rs.getString(17)),
                province(rs.getString(18)),
                millis(rs, 19),
                millis(rs, 20),
                millis(rs, 21),
                OrderDisplay.EMPTY,
                millis(rs, 22));
    }

    private static PendingRow<AfterSale> afterSale(ResultSet rs) throws SQLException {
        long dbId = rs.getLong(1);
        String afterSaleId = rs.getString(2);
        String orderId = rs.getString(3);
        AfterSaleType type = code(AfterSaleType.class, rs.getString(4));
        long applied = millis(rs, 5);
        String reasonCode = rs.getString(6);
        ReasonCategory reason = reasonCode == null ? ReasonCategory.OTHER : code(ReasonCategory.class, reasonCode);
        String reasonText = text(rs, 7);
        long agreed = millis(rs, 8);
        long returnSigned = millis(rs, 9);
        long confirmed = millis(rs, 10);
        long refunded = millis(rs, 11);
        long closed = millis(rs, 12);
        String statusCode = rs.getString(13);
        AfterSaleStatus status = statusCode == null ? null : code(AfterSaleStatus.class, statusCode);
        boolean platform = rs.getBoolean(14);
        boolean arbitration = rs.getBoolean(15);
        boolean merchant = rs.getBoolean(16);
        boolean logistics = rs.getBoolean(17);
        long negotiationOrNull = rs.getLong(18);
        long negotiation = rs.wasNull() ? -1 : negotiationOrNull;
        long refund = fen(rs.getBigDecimal(19), -1);
        return new PendingRow<>(
                dbId,
                orderId,
                order -> new AfterSale(
                        afterSaleId,
                        order,
                        type,
                        applied,
                        reason,
                        reasonText,
                        agreed,
                        returnSigned,
                        confirmed,
                        refunded,
                        closed,
                        status,
                        platform,
                        arbitration,
                        merchant,
                        logistics,
                        negotiation,
                        refund));
    }

    private static PendingRow<Escalation> escalation(ResultSet rs) throws SQLException {
        String escalationId = rs.getString(2);
        long at = millis(rs, 4);
        EscalationKind kind = code(EscalationKind.class, rs.getString(5));
        return new PendingRow<>(rs.getLong(1), rs.getString(3), order -> new Escalation(escalationId, order, at, kind));
    }

    private static PendingRow<ImSession> session(ResultSet rs) throws SQLException {
        String sessionId = rs.getString(2);
        String buyerId = rs.getString(4);
        long started = millis(rs, 5);
        boolean human = rs.getBoolean(6);
        int rating = stars(rs, 7);
        return new PendingRow<>(
                rs.getLong(1),
                rs.getString(3),
                order -> new ImSession(sessionId, order, buyerId, started, human, rating));
    }

    private static long millis(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? Timestamps.NONE : value.toInstant().toEpochMilli();
    }

    private static int stars(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? 0 : value;
    }

    private static String text(ResultSet rs, int column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? "" : value.strip();
    }

    private static long fen(@Nullable BigDecimal yuan, long unknown) {
        return yuan == null ? unknown : yuan.movePointRight(2).longValueExact();
    }

    private static @Nullable Province province(@Nullable String name) {
        return name == null || name.isBlank() ? null : Province.parse(name).orElse(null);
    }

    private static <E extends Enum<E> & Coded> E code(Class<E> type, String code) {
        return Coded.parse(type, code)
                .orElseThrow(() -> new IllegalStateException("unknown " + type.getSimpleName() + " code " + code));
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
