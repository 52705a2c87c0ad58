package com.scoredesk.activity;

import static com.scoredesk.testing.Times.at;

import com.scoredesk.scoring.model.AfterSaleStatus;
import com.scoredesk.scoring.model.AfterSaleType;
import com.scoredesk.scoring.model.AppealStatus;
import com.scoredesk.scoring.model.EscalationKind;
import com.scoredesk.scoring.model.LogisticsAnomaly;
import com.scoredesk.scoring.model.LogisticsNode;
import com.scoredesk.scoring.model.ReasonCategory;
import com.scoredesk.scoring.model.ViolationKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Small, readable activity rows for tests. Times are Shanghai wall-clock strings. */
public final class ActivityFixtures {

    private ActivityFixtures() {}

    /** An ordinary paid order with every column filled, shipped 浙江 → 上海. */
    public static OrderRow fullOrder(String orderId) {
        return new OrderRow(
                orderId,
                at("2026-11-01 10:00:00"),
                new BigDecimal("199.00"),
                false,
                false,
                false,
                false,
                true,
                at("2026-11-05 23:59:59"),
                false,
                "浙江",
                "上海",
                at("2026-11-02 09:30:00"),
                at("2026-11-06 23:59:59"),
                at("2026-11-04 15:00:00"),
                true,
                false,
                true,
                true,
                false,
                false,
                new OrderDisplay(
                        "B001",
                        "小红",
                        "真丝连衣裙",
                        "黑色 M",
                        2,
                        "中通快递",
                        "ZT1234567890",
                        Map.of("订单状态", "已完成", "商品ID", "3587")));
    }

    /** A paid order with nothing else known yet. */
    public static OrderRow paidOrder(String orderId, String paidAt) {
        return new OrderRow(
                orderId,
                at(paidAt),
                new BigDecimal("59.90"),
                false,
                false,
                false,
                false,
                false,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                false,
                false,
                false,
                false,
                false,
                false,
                OrderDisplay.NONE);
    }

    /**
     * {@code count} ordinary orders, one paid each day from {@code firstPaidDay} at 10:00, picked up the same day at
     * 14:00 and signed two days later, shipped 浙江 → 上海.
     */
    public static List<OrderRow> deliveredOrders(String prefix, int count, LocalDate firstPaidDay) {
        List<OrderRow> orders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = firstPaidDay.plusDays(i);
            orders.add(new OrderRow(
                    prefix + i,
                    at(day + " 10:00:00"),
                    new BigDecimal("99.00"),
                    false,
                    false,
                    false,
                    false,
                    false,
                    null,
                    false,
                    "浙江",
                    "上海",
                    at(day + " 14:00:00"),
                    null,
                    at(day.plusDays(2) + " 10:00:00"),
                    false,
                    false,
                    false,
                    false,
                    false,
                    false,
                    OrderDisplay.NONE));
        }
        return orders;
    }

    public static ActivityBatch onlyOrders(List<OrderRow> orders) {
        return batch(orders, List.of(), List.of(), List.of(), List.of());
    }

    public static AfterSaleRow fullAfterSale(String afterSaleId, String orderId) {
        return new AfterSaleRow(
                afterSaleId,
                orderId,
                AfterSaleType.RETURN_REFUND,
                at("2026-11-05 21:37:36"),
                ReasonCategory.QUALITY,
                "商品品质问题",
                at("2026-11-06 08:10:00"),
                at("2026-11-08 12:00:00"),
                at("2026-11-06 08:10:00"),
                at("2026-11-08 14:00:00"),
                null,
                AfterSaleStatus.REFUNDED,
                false,
                true,
                true,
                false,
                5187L,
                new BigDecimal("199.00"),
                Map.of("售后原因", "质量问题"));
    }

    public static AfterSaleRow pendingAfterSale(String afterSaleId, String orderId, String appliedAt) {
        return new AfterSaleRow(
                afterSaleId,
                orderId,
                AfterSaleType.REFUND_SHIPPED,
                at(appliedAt),
                ReasonCategory.LOGISTICS_QUALITY,
                "物流轨迹超时",
                null,
                null,
                null,
                null,
                null,
                AfterSaleStatus.PENDING,
                false,
                false,
                false,
                false,
                null,
                null,
                Map.of());
    }

    public static ReviewRow review(String reviewId, String orderId, String createdAt, @Nullable Integer stars) {
        return new ReviewRow(reviewId, orderId, at(createdAt), stars, 2, 4, "物流太慢了", true, AppealStatus.NONE);
    }

    public static ImSessionRow session(String sessionId, @Nullable String orderId, String startedAt) {
        return new ImSessionRow(sessionId, orderId, "B001", at(startedAt), true, 4);
    }

    public static ImRoundRow round(String sessionId, String buyerMessageAt, @Nullable String humanReplyAt) {
        return new ImRoundRow(sessionId, at(buyerMessageAt), humanReplyAt == null ? null : at(humanReplyAt));
    }

    public static EscalationRow escalation(String escalationId, String orderId, String escalatedAt) {
        return new EscalationRow(escalationId, orderId, at(escalatedAt), EscalationKind.COMPLAINT);
    }

    public static ViolationRow violation(String violationId, String occurredAt) {
        return new ViolationRow(violationId, at(occurredAt), ViolationKind.REFUSE_INVOICE);
    }

    public static LogisticsEventRow transitTimeout(String orderId, String occurredAt) {
        return new LogisticsEventRow(
                orderId, at(occurredAt), LogisticsNode.IN_TRANSIT, LogisticsAnomaly.TRANSIT_TIMEOUT, "中转超时 杭州转运中心");
    }

    public static ActivityBatch batch(
            List<OrderRow> orders,
            List<AfterSaleRow> afterSales,
            List<ReviewRow> reviews,
            List<ImSessionRow> sessions,
            List<ImRoundRow> rounds) {
        return new ActivityBatch(orders, afterSales, reviews, sessions, rounds, List.of(), List.of(), List.of());
    }

    public static Instant time(String shanghaiTime) {
        return at(shanghaiTime);
    }
}
