package com.scoredesk.activity;

import com.scoredesk.scoring.model.Coded;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.stereotype.Component;

/**
 * Inserts activity rows with JDBC batches. JPA cannot batch inserts of IDENTITY-keyed entities, and a demo shop or
 * a first import has tens of thousands of rows; the entities still map the same tables for everything else.
 */
@Component
class ActivityJdbcWriter {

    static final int BATCH_SIZE = 1_000;

    private static final String INSERT_ORDER =
            """
            INSERT INTO orders (shop_id, order_id, paid_at, amount_paid, is_gift, is_lucky_bag, is_instant_refund,
              is_abnormal, is_presale, promised_ship_by, is_virtual, ship_from_province, ship_to_province, picked_up_at,
              delivery_due_at, signed_at, trace_compensation, fraudulent_shipping, next_day_delivery, freight_insurance,
              bulky_freight_insurance, home_installation, buyer_id, buyer_nickname, product_name, sku, quantity,
              courier, waybill_no, extra_columns)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String INSERT_AFTER_SALE =
            """
            INSERT INTO after_sales (shop_id, after_sale_id, order_id, after_sale_type, applied_at,
              first_reason_category, reason_text, agreed_at, return_signed_at, confirmed_at, refunded_at, closed_at,
              status, platform_initiated, arbitration, merchant_responsible, logistics_liability, negotiation_seconds,
              refund_amount, extra_columns)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String INSERT_REVIEW =
            """
            INSERT INTO reviews (shop_id, review_id, order_id, created_at, product_rating, logistics_rating,
              service_rating, review_text, has_images, appeal_status)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String INSERT_SESSION =
            """
            INSERT INTO im_sessions (shop_id, session_id, order_id, buyer_id, started_at, human, rating)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";

    // The round's session is looked up by its natural key, so rounds need no id round-trip.
    private static final String INSERT_ROUND =
            """
            INSERT INTO im_rounds (shop_id, session_ref, buyer_message_at, human_reply_at)
            SELECT s.shop_id, s.id, ?, ? FROM im_sessions s WHERE s.shop_id = ? AND s.session_id = ?""";

    private static final String INSERT_ESCALATION =
            """
            INSERT INTO escalations (shop_id, escalation_id, order_id, escalated_at, kind) VALUES (?, ?, ?, ?, ?)""";

    private static final String INSERT_VIOLATION =
            """
            INSERT INTO violations (shop_id, violation_id, occurred_at, kind) VALUES (?, ?, ?, ?)""";

    private static final String INSERT_LOGISTICS_EVENT =
            """
            INSERT INTO logistics_events (shop_id, order_id, occurred_at, node, anomaly, description)
            VALUES (?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;

    ActivityJdbcWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts every row of {@code batch}; a natural key that exists already fails the whole call. */
    void insert(long shopId, ActivityBatch batch) {
        batch(INSERT_ORDER, batch.orders(), (ps, o) -> {
            var p = new Params(ps);
            p.id(shopId).text(o.orderId()).time(o.paidAt()).money(o.amountPaid());
            p.flag(o.gift())
                    .flag(o.luckyBag())
                    .flag(o.instantRefund())
                    .flag(o.abnormal())
                    .flag(o.presale());
            p.time(o.promisedShipBy())
                    .flag(o.virtual())
                    .text(o.shipFromProvince())
                    .text(o.shipToProvince());
            p.time(o.pickedUpAt()).time(o.deliveryDueAt()).time(o.signedAt());
            p.flag(o.traceCompensation()).flag(o.fraudulentShipping()).flag(o.nextDayDelivery());
            p.flag(o.freightInsurance()).flag(o.bulkyFreightInsurance()).flag(o.homeInstallation());
            OrderDisplay d = o.display();
            p.text(d.buyerId())
                    .text(d.buyerNickname())
                    .text(d.productName())
                    .text(d.sku())
                    .number(d.quantity());
            p.text(d.courier()).text(d.waybillNo()).text(ExtraColumns.toJson(d.extraColumns()));
        });
        batch(INSERT_AFTER_SALE, batch.afterSales(), (ps, a) -> {
            var p = new Params(ps);
            p.id(shopId).text(a.afterSaleId()).text(a.orderId()).code(a.type()).time(a.appliedAt());
            p.code(a.firstReasonCategory())
                    .text(a.reasonText())
                    .time(a.agreedAt())
                    .time(a.returnSignedAt());
            p.time(a.confirmedAt()).time(a.refundedAt()).time(a.closedAt()).code(a.status());
            p.flag(a.platformInitiated()).flag(a.arbitration()).flag(a.merchantResponsible());
            p.flag(a.logisticsLiability()).bigNumber(a.negotiationSeconds()).money(a.refundAmount());
            p.text(ExtraColumns.toJson(a.extraColumns()));
        });
        batch(INSERT_REVIEW, batch.reviews(), (ps, r) -> {
            var p = new Params(ps);
            p.id(shopId)
                    .text(r.reviewId())
                    .text(r.orderId())
                    .time(r.createdAt())
                    .number(r.productRating());
            p.number(r.logisticsRating())
                    .number(r.serviceRating())
                    .text(r.text())
                    .flag(r.hasImages());
            p.code(r.appealStatus());
        });
        batch(INSERT_SESSION, batch.sessions(), (ps, s) -> {
            var p = new Params(ps);
            p.id(shopId).text(s.sessionId()).text(s.orderId()).text(s.buyerId()).time(s.startedAt());
            p.flag(s.human()).number(s.rating());
        });
        insertRounds(shopId, batch.rounds());
        batch(INSERT_ESCALATION, batch.escalations(), (ps, e) -> new Params(ps)
                .id(shopId)
                .text(e.escalationId())
                .text(e.orderId())
                .time(e.escalatedAt())
                .code(e.kind()));
        batch(INSERT_VIOLATION, batch.violations(), (ps, v) -> new Params(ps)
                .id(shopId)
                .text(v.violationId())
                .time(v.occurredAt())
                .code(v.kind()));
        batch(INSERT_LOGISTICS_EVENT, batch.logisticsEvents(), (ps, e) -> new Params(ps)
                .id(shopId)
                .text(e.orderId())
                .time(e.occurredAt())
                .code(e.node())
                .code(e.anomaly())
                .text(e.description()));
    }

    private void insertRounds(long shopId, List<ImRoundRow> rounds) {
        int[][] counts = jdbc.batchUpdate(INSERT_ROUND, rounds, BATCH_SIZE, (ps, r) -> new Params(ps)
                .time(r.buyerMessageAt())
                .time(r.humanReplyAt())
                .id(shopId)
                .text(r.sessionId()));
        int row = 0;
        for (int[] chunk : counts) {
            for (int count : chunk) {
                // Drivers may answer SUCCESS_NO_INFO (-2) for a batched statement; only a definite 0 is a miss.
                if (count == 0) {
                    throw new IllegalArgumentException(
                            "round of unknown session " + rounds.get(row).sessionId() + " in shop " + shopId);
                }
                row++;
            }
        }
    }

    private <T> void batch(String sql, List<T> rows, ParameterizedPreparedStatementSetter<T> setter) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows, BATCH_SIZE, setter);
        }
    }

    /** Sets the parameters of one row in order; {@code null} becomes SQL NULL of the right type. */
    private static final class Params {

        private final PreparedStatement ps;
        private int index = 1;

        Params(PreparedStatement ps) {
            this.ps = ps;
        }

        Params id(long value) throws SQLException {
            ps.setLong(index++, value);
            return this;
        }

        Params text(@Nullable String value) throws SQLException {
            if (value == null) {
                ps.setNull(index++, Types.VARCHAR);
            } else {
                ps.setString(index++, value);
            }
            return this;
        }

        Params code(@Nullable Coded value) throws SQLException {
            return text(value == null ? null : value.code());
        }

        Params flag(boolean value) throws SQLException {
            ps.setBoolean(index++, value);
            return this;
        }

        Params number(@Nullable Integer value) throws SQLException {
            if (value == null) {
                ps.setNull(index++, Types.INTEGER);
            } else {
                ps.setInt(index++, value);
            }
            return this;
        }

        Params bigNumber(@Nullable Long value) throws SQLException {
            if (value == null) {
                ps.setNull(index++, Types.BIGINT);
            } else {
                ps.setLong(index++, value);
            }
            return this;
        }

        Params money(@Nullable BigDecimal value) throws SQLException {
            if (value == null) {
                ps.setNull(index++, Types.NUMERIC);
            } else {
                ps.setBigDecimal(index++, value);
            }
            return this;
        }

        Params time(@Nullable Instant value) throws SQLException {
            if (value == null) {
                ps.setNull(index++, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                ps.setObject(index++, OffsetDateTime.ofInstant(value, ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            }
            return this;
        }
    }
}
