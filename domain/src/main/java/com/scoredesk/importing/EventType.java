package com.scoredesk.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The event types of the event API: each names the table it writes, the column its time {@code at} fills, the
 * status it sets, and whether it may create the row or only change an existing one.
 */
enum EventType {
    ORDER_PAID("order.paid", ImportKind.ORDERS, "paid_at", null, true),
    ORDER_PICKED_UP("order.picked_up", ImportKind.ORDERS, "picked_up_at", null, false),
    ORDER_SIGNED("order.signed", ImportKind.ORDERS, "signed_at", null, false),
    AFTER_SALE_APPLIED("after_sale.applied", ImportKind.AFTER_SALES, "applied_at", "pending", true),
    AFTER_SALE_AGREED("after_sale.agreed", ImportKind.AFTER_SALES, "agreed_at", "agreed", false),
    AFTER_SALE_REFUNDED("after_sale.refunded", ImportKind.AFTER_SALES, "refunded_at", "refunded", false),
    AFTER_SALE_CLOSED("after_sale.closed", ImportKind.AFTER_SALES, "closed_at", "closed", false),
    REVIEW_CREATED("review.created", ImportKind.REVIEWS, "created_at", null, true),
    CHAT_ROUND_STARTED("chat.round_started", ImportKind.IM_ROUNDS, "buyer_message_at", null, true),
    CHAT_ROUND_ANSWERED("chat.round_answered", ImportKind.IM_ROUNDS, "human_reply_at", null, false),
    ESCALATION("escalation", ImportKind.ESCALATIONS, "escalated_at", null, true),
    VIOLATION("violation", ImportKind.VIOLATIONS, "occurred_at", null, true);

    private final String code;
    private final ImportKind kind;
    private final String timeColumn;
    private final @Nullable String status;
    private final boolean creates;

    EventType(String code, ImportKind kind, String timeColumn, @Nullable String status, boolean creates) {
        this.code = code;
        this.kind = kind;
        this.timeColumn = timeColumn;
        this.status = status;
        this.creates = creates;
    }

    static Optional<EventType> of(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }

    static List<String> codes() {
        return Arrays.stream(values()).map(t -> t.code).toList();
    }

    String code() {
        return code;
    }

    ImportKind kind() {
        return kind;
    }

    /** The bundle column that the event's time fills. */
    String timeColumn() {
        return timeColumn;
    }

    @Nullable
    String status() {
        return status;
    }

    /** Whether the event may create its row; the others change an existing one. */
    boolean creates() {
        return creates;
    }
}
