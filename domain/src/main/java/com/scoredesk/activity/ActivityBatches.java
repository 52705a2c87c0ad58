package com.scoredesk.activity;

import com.scoredesk.scoring.model.AfterSale;
import com.scoredesk.scoring.model.Escalation;
import com.scoredesk.scoring.model.ImRound;
import com.scoredesk.scoring.model.ImSession;
import com.scoredesk.scoring.model.LogisticsEvent;
import com.scoredesk.scoring.model.Order;
import com.scoredesk.scoring.model.OrderFlag;
import com.scoredesk.scoring.model.Province;
import com.scoredesk.scoring.model.Review;
import com.scoredesk.scoring.model.ShopData;
import com.scoredesk.scoring.model.Timestamps;
import com.scoredesk.scoring.model.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns the engine's {@link ShopData} (a bundle read by {@code BundleReader}, or a generated shop) into rows to
 * store. Every field of the engine's records is kept; an empty timestamp, amount or rating becomes {@code null}.
 */
public final class ActivityBatches {

    private ActivityBatches() {}

    public static ActivityBatch fromShopData(ShopData data) {
        List<Order> orders = data.orders();
        List<ImSession> sessions = data.sessions();
        return new ActivityBatch(
                orders.stream().map(ActivityBatches::order).toList(),
                data.afterSales().stream()
                        .map(a -> afterSale(a, orders.get(a.order()).orderId()))
                        .toList(),
                data.reviews().stream()
                        .map(r -> review(r, orders.get(r.order()).orderId()))
                        .toList(),
                sessions.stream()
                        .map(s ->
                                session(s, s.hasOrder() ? orders.get(s.order()).orderId() : null))
                        .toList(),
                data.rounds().stream()
                        .map(r -> round(r, sessions.get(r.session()).sessionId()))
                        .toList(),
                data.escalations().stream()
                        .map(e -> escalation(e, orders.get(e.order()).orderId()))
                        .toList(),
                data.violations().stream().map(ActivityBatches::violation).toList(),
                data.logisticsEvents().stream()
                        .map(e -> logisticsEvent(e, orders.get(e.order()).orderId()))
                        .toList());
    }

    private static OrderRow order(Order o) {
        var d = o.display();
        return new OrderRow(
                o.orderId(),
                instant(o.paidAt()),
                yuan(o.amountPaidFen()),
                o.has(OrderFlag.GIFT),
                o.has(OrderFlag.LUCKY_BAG),
                o.has(OrderFlag.INSTANT_REFUND),
                o.has(OrderFlag.ABNORMAL),
                o.has(OrderFlag.PRESALE),
                instant(o.promisedShipBy()),
                o.has(OrderFlag.VIRTUAL),
                province(o.shipFrom()),
                province(o.shipTo()),
                instant(o.pickedUpAt()),
                instant(o.deliveryDueAt()),
                instant(o.signedAt()),
                o.has(OrderFlag.TRACE_COMPENSATION),
                o.has(OrderFlag.FRAUDULENT_SHIPPING),
                o.has(OrderFlag.NEXT_DAY_DELIVERY),
                o.has(OrderFlag.FREIGHT_INSURANCE),
                o.has(OrderFlag.BULKY_FREIGHT_INSURANCE),
                o.has(OrderFlag.HOME_INSTALLATION),
                new OrderDisplay(
                        d.buyerId(),
                        d.buyerNickname(),
                        d.productName(),
                        d.sku(),
                        d.quantity() > 0 ? d.quantity() : null,
                        d.courier(),
                        d.waybillNo(),
                        d.extras()));
    }

    private static AfterSaleRow afterSale(AfterSale a, String orderId) {
        return new AfterSaleRow(
                a.afterSaleId(),
                orderId,
                a.type(),
                required(a.appliedAt()),
                a.firstReasonCategory(),
                a.reasonText().isEmpty() ? null : a.reasonText(),
                instant(a.agreedAt()),
                instant(a.returnSignedAt()),
                instant(a.confirmedAt()),
                instant(a.refundedAt()),
                instant(a.closedAt()),
                a.status(),
                a.platformInitiated(),
                a.arbitration(),
                a.merchantResponsible(),
                a.logisticsLiability(),
                a.negotiationSeconds() < 0 ? null : a.negotiationSeconds(),
                yuan(a.refundAmountFen()),
                Map.of());
    }

    private static ReviewRow review(Review r, String orderId) {
        return new ReviewRow(
                r.reviewId(),
                orderId,
                required(r.createdAt()),
                stars(r.productRating()),
                stars(r.logisticsRating()),
                stars(r.serviceRating()),
                r.text().isEmpty() ? null : r.text(),
                r.hasImages(),
                r.appealStatus());
    }

    private static ImSessionRow session(ImSession s, @Nullable String orderId) {
        return new ImSessionRow(
                s.sessionId(), orderId, s.buyerId(), required(s.startedAt()), s.human(), stars(s.rating()));
    }

    private static ImRoundRow round(ImRound r, String sessionId) {
        return new ImRoundRow(sessionId, required(r.buyerMessageAt()), instant(r.humanReplyAt()));
    }

    private static EscalationRow escalation(Escalation e, String orderId) {
        return new EscalationRow(e.escalationId(), orderId, required(e.escalatedAt()), e.kind());
    }

    private static ViolationRow violation(Violation v) {
        return new ViolationRow(v.violationId(), required(v.occurredAt()), v.kind());
    }

    private static LogisticsEventRow logisticsEvent(LogisticsEvent e, String orderId) {
        return new LogisticsEventRow(
                orderId,
                required(e.occurredAt()),
                e.node(),
                e.anomaly(),
                e.description().isEmpty() ? null : e.description());
    }

    private static @Nullable Instant instant(long millis) {
        return Timestamps.isNone(millis) ? null : Instant.ofEpochMilli(millis);
    }

    private static Instant required(long millis) {
        return Timestamps.toInstant(millis);
    }

    private static @Nullable BigDecimal yuan(long fen) {
        return fen < 0 ? null : BigDecimal.valueOf(fen, 2);
    }

    private static @Nullable Integer stars(int stars) {
        return stars == 0 ? null : stars;
    }

    private static @Nullable String province(@Nullable Province province) {
        return province == null ? null : province.shortName();
    }
}
