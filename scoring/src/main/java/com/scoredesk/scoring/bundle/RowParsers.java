package com.scoredesk.scoring.bundle;

import com.scoredesk.scoring.model.AfterSale;
import com.scoredesk.scoring.model.AfterSaleStatus;
import com.scoredesk.scoring.model.AfterSaleType;
import com.scoredesk.scoring.model.AppealStatus;
import com.scoredesk.scoring.model.Escalation;
import com.scoredesk.scoring.model.EscalationKind;
import com.scoredesk.scoring.model.ImRound;
import com.scoredesk.scoring.model.ImSession;
import com.scoredesk.scoring.model.LogisticsAnomaly;
import com.scoredesk.scoring.model.LogisticsEvent;
import com.scoredesk.scoring.model.LogisticsNode;
import com.scoredesk.scoring.model.Order;
import com.scoredesk.scoring.model.OrderDisplay;
import com.scoredesk.scoring.model.OrderFlag;
import com.scoredesk.scoring.model.ReasonCategory;
import com.scoredesk.scoring.model.Review;
import com.scoredesk.scoring.model.Shop;
import com.scoredesk.scoring.model.ShopType;
import com.scoredesk.scoring.model.Violation;
import com.scoredesk.scoring.model.ViolationKind;
import com.scoredesk.scoring.rules.WeightTable;
import java.util.Objects;

/**
 * Parses one row of each bundle file into the model. Each method throws {@link RowException} with the reason a
 * row is rejected. References to orders and sessions are resolved by the caller's {@link References}.
 */
public final class RowParsers {

    private RowParsers() {}

    /** Resolves the ids a row refers to into indexes of the data being built. */
    public interface References {

        /**
         * The index of order {@code orderId}.
         *
         * @throws RowException when there is no such order
         */
        int order(String orderId) throws RowException;

        /**
         * The index of session {@code sessionId}.
         *
         * @throws RowException when there is no such session
         */
        int session(String sessionId) throws RowException;
    }

    /** {@code shop.csv}: an unknown or empty industry scores as 其他; an empty shop type is non-flagship. */
    public static Shop shop(CsvRow row) throws RowException {
        String industry = Values.optional(row.get("industry"));
        ShopType type = Values.code(ShopType.class, "shop_type", row.get("shop_type"));
        return new Shop(
                Values.required("shop_id", row.get("shop_id")),
                Objects.requireNonNullElse(Values.optional(row.get("name")), ""),
                industry == null ? WeightTable.OTHER_INDUSTRY : industry,
                type == null ? ShopType.NON_FLAGSHIP : type,
                Values.date("opened_on", row.get("opened_on")),
                Values.bool("remote_logistics_service", row.get("remote_logistics_service")),
                Values.bool("freight_insurance_enabled", row.get("freight_insurance_enabled")));
    }

    /** {@code orders.csv}, display fields and extra columns included. */
    public static Order order(CsvRow row) throws RowException {
        int flags = 0;
        for (OrderFlag flag : OrderFlag.values()) {
            if (Values.bool(flag.column(), row.get(flag.column()))) {
                flags |= flag.bit();
            }
        }
        OrderDisplay display = new OrderDisplay(
                Values.optional(row.get("buyer_id")),
                Values.optional(row.get("buyer_nickname")),
                Values.optional(row.get("product_name")),
                Values.optional(row.get("sku")),
                (int) Math.min(Integer.MAX_VALUE, Values.count("quantity", row.get("quantity"), 0)),
                Values.optional(row.get("courier")),
                Values.optional(row.get("waybill_no")),
                row.extras());
        return new Order(
                Values.required("order_id", row.get("order_id")),
                Values.timestamp("paid_at", row.get("paid_at")),
                Values.fen("amount_paid", row.get("amount_paid")),
                flags,
                Values.timestamp("promised_ship_by", row.get("promised_ship_by")),
                Values.province("ship_from_province", row.get("ship_from_province")),
                Values.province("ship_to_province", row.get("ship_to_province")),
                Values.timestamp("picked_up_at", row.get("picked_up_at")),
                Values.timestamp("delivery_due_at", row.get("delivery_due_at")),
                Values.timestamp("signed_at", row.get("signed_at")),
                display);
    }

    /** {@code after_sales.csv}: an empty first reason is {@code other}; an empty status stays unknown. */
    public static AfterSale afterSale(CsvRow row, References refs) throws RowException {
        String id = Values.required("after_sale_id", row.get("after_sale_id"));
        AfterSaleType type = Values.requiredCode(AfterSaleType.class, "type", row.get("type"));
        long applied = Values.timestamp("applied_at", row.get("applied_at"));
        if (applied == com.scoredesk.scoring.model.Timestamps.NONE) {
            throw new RowException("empty applied_at");
        }
        ReasonCategory reason =
                Values.code(ReasonCategory.class, "first_reason_category", row.get("first_reason_category"));
        AfterSaleStatus status = Values.code(AfterSaleStatus.class, "status", row.get("status"));
        long agreed = Values.timestamp("agreed_at", row.get("agreed_at"));
        long returnSigned = Values.timestamp("return_signed_at", row.get("return_signed_at"));
        long confirmed = Values.timestamp("confirmed_at", row.get("confirmed_at"));
        long refunded = Values.timestamp("refunded_at", row.get("refunded_at"));
        long closed = Values.timestamp("closed_at", row.get("closed_at"));
        boolean platform = Values.bool("platform_initiated", row.get("platform_initiated"));
        boolean arbitration = Values.bool("arbitration", row.get("arbitration"));
        boolean merchant = Values.bool("merchant_responsible", row.get("merchant_responsible"));
        boolean logistics = Values.bool("logistics_liability", row.get("logistics_liability"));
        long negotiation = Values.count("negotiation_seconds", row.get("negotiation_seconds"), -1);
        long refund = Values.fen("refund_amount", row.get("refund_amount"));
        int order = refs.order(Values.required("order_id", row.get("order_id")));
        return new AfterSale(
                id,
                order,
                type,
                applied,
                reason == null ? ReasonCategory.OTHER : reason,
                row.get("reason_text").strip(),
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
                refund);
    }

    /** {@code reviews.csv}: ratings 1–5 or empty; an empty appeal status is {@code none}. */
    public static Review review(CsvRow row, References refs) throws RowException {
        String id = Values.required("review_id", row.get("review_id"));
        long created = Values.timestamp("created_at", row.get("created_at"));
        if (created == com.scoredesk.scoring.model.Timestamps.NONE) {
            throw new RowException("empty created_at");
        }
        int product = Values.rating("product_rating", row.get("product_rating"));
        int logistics = Values.rating("logistics_rating", row.get("logistics_rating"));
        int service = Values.rating("service_rating", row.get("service_rating"));
        boolean images = Values.bool("has_images", row.get("has_images"));
        AppealStatus appeal = Values.code(AppealStatus.class, "appeal_status", row.get("appeal_status"));
        int order = refs.order(Values.required("order_id", row.get("order_id")));
        return new Review(
                id,
                order,
                created,
                product,
                logistics,
                service,
                row.get("text").strip(),
                images,
                appeal == null ? AppealStatus.NONE : appeal);
    }

    /** {@code im_sessions.csv}: an empty order is a pre-sale chat. */
    public static ImSession session(CsvRow row, References refs) throws RowException {
        String id = Values.required("session_id", row.get("session_id"));
        long started = Values.timestamp("started_at", row.get("started_at"));
        if (started == com.scoredesk.scoring.model.Timestamps.NONE) {
            throw new RowException("empty started_at");
        }
        boolean human = Values.bool("human", row.get("human"));
        int rating = Values.rating("rating", row.get("rating"));
        String orderId = Values.optional(row.get("order_id"));
        int order = orderId == null ? ImSession.NO_ORDER : refs.order(orderId);
        return new ImSession(id, order, Values.optional(row.get("buyer_id")), started, human, rating);
    }

    /** {@code im_rounds.csv}. */
    public static ImRound round(CsvRow row, References refs) throws RowException {
        long message = Values.timestamp("buyer_message_at", row.get("buyer_message_at"));
        if (message == com.scoredesk.scoring.model.Timestamps.NONE) {
            throw new RowException("empty buyer_message_at");
        }
        long reply = Values.timestamp("human_reply_at", row.get("human_reply_at"));
        int session = refs.session(Values.required("session_id", row.get("session_id")));
        return new ImRound(session, message, reply);
    }

    /** {@code escalations.csv}. */
    public static Escalation escalation(CsvRow row, References refs) throws RowException {
        String id = Values.required("escalation_id", row.get("escalation_id"));
        long at = Values.timestamp("escalated_at", row.get("escalated_at"));
        if (at == com.scoredesk.scoring.model.Timestamps.NONE) {
            throw new RowException("empty escalated_at");
        }
        EscalationKind kind = Values.requiredCode(EscalationKind.class, "kind", row.get("kind"));
        int order = refs.order(Values.required("order_id", row.get("order_id")));
        return new Escalation(id, order, at, kind);
    }

    /** {@code violations.csv}. */
    public static Violation violation(CsvRow row) throws RowException {
        String id = Values.required("violation_id", row.get("violation_id"));
        long at = Values.timestamp("occurred_at", row.get("occurred_at"));
        if (at == com.scoredesk.scoring.model.Timestamps.NONE) {
            throw new RowException("empty occurred_at");
        }
        return new Violation(id, at, Values.requiredCode(ViolationKind.class, "kind", row.get("kind")));
    }

    /** {@code logistics_events.csv}: an empty anomaly is none. */
    public static LogisticsEvent logisticsEvent(CsvRow row, References refs) throws RowException {
        long at = Values.timestamp("occurred_at", row.get("occurred_at"));
        if (at == com.scoredesk.scoring.model.Timestamps.NONE) {
            throw new RowException("empty occurred_at");
        }
        LogisticsNode node = Values.requiredCode(LogisticsNode.class, "node", row.get("node"));
        LogisticsAnomaly anomaly = Values.code(LogisticsAnomaly.class, "anomaly", row.get("anomaly"));
        int order = refs.order(Values.required("order_id", row.get("order_id")));
        return new LogisticsEvent(
                order, at, node, anomaly, row.get("description").strip());
    }
}
