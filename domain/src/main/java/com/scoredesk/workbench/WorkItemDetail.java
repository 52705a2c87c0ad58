package com.scoredesk.workbench;

import com.scoredesk.audit.AuditEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything an agent needs beside the worklist to act on one item: the order with its parcel trace, its
 * after-sales, reviews and chat rounds (with what agents answered), and the item's audit history.
 *
 * @param order the order the item is about; {@code null} for a pre-sale chat or an order not imported
 * @param rounds the chat rounds of the item's session (待回复) or of the sessions about the order, oldest first
 */
public record WorkItemDetail(
        WorkItemRow item,
        @Nullable OrderInfo order,
        List<TraceNode> trace,
        List<AfterSaleInfo> afterSales,
        List<ReviewInfo> reviews,
        List<ChatRound> rounds,
        List<AuditEntry> history) {

    public WorkItemDetail {
        Objects.requireNonNull(item, "item");
        trace = List.copyOf(trace);
        afterSales = List.copyOf(afterSales);
        reviews = List.copyOf(reviews);
        rounds = List.copyOf(rounds);
        history = List.copyOf(history);
    }

    public record OrderInfo(
            String orderId,
            @Nullable Instant paidAt,
            @Nullable BigDecimal amountPaid,
            @Nullable String buyer,
            @Nullable String productName,
            @Nullable String sku,
            @Nullable Integer quantity,
            @Nullable String courier,
            @Nullable String waybillNo,
            @Nullable String shipFrom,
            @Nullable String shipTo,
            boolean presale,
            @Nullable Instant promisedShipBy,
            @Nullable Instant pickedUpAt,
            @Nullable Instant deliveryDueAt,
            @Nullable Instant signedAt,
            @Nullable Instant courierUrgedAt) {}

    /** @param anomaly {@code shipment_anomaly}, {@code transit_timeout} … or {@code null} */
    public record TraceNode(Instant occurredAt, String node, @Nullable String anomaly, @Nullable String description) {}

    public record AfterSaleInfo(
            String afterSaleId,
            String type,
            @Nullable Instant appliedAt,
            @Nullable String reasonCategory,
            @Nullable String reasonText,
            @Nullable BigDecimal refundAmount,
            @Nullable String status,
            @Nullable Instant agreedAt,
            @Nullable Instant refundedAt,
            @Nullable Instant closedAt) {}

    public record ReviewInfo(
            String reviewId,
            @Nullable Instant createdAt,
            @Nullable Integer productRating,
            @Nullable Integer logisticsRating,
            @Nullable Integer serviceRating,
            @Nullable String text,
            boolean hasImages,
            String appealStatus) {}

    public record ChatRound(
            String sessionId, Instant buyerMessageAt, @Nullable Instant humanReplyAt, List<Reply> replies) {
        public ChatRound {
            replies = List.copyOf(replies);
        }
    }

    public record Reply(String text, @Nullable String sentBy, Instant sentAt) {}
}
