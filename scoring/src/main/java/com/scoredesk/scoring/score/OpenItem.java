package com.scoredesk.scoring.score;

import com.scoredesk.scoring.model.Timestamps;
import java.util.Objects;

/**
 * An open work item (section 8 of the contract): something an agent can act on now, with a default outcome if
 * nobody acts. Indexes refer to the lists of the {@link com.scoredesk.scoring.model.ShopData} it was found in;
 * times are epoch milliseconds.
 */
public sealed interface OpenItem
        permits OpenItem.UnansweredRound,
                OpenItem.PendingAfterSale,
                OpenItem.AppealableReview,
                OpenItem.UnpickedOrder,
                OpenItem.EscalationRisk {

    Kind kind();

    /** When the item is due (worklists sort by impact, then by this). */
    long deadline();

    /** The id of the row the item is about (a round is named by its session and message time). */
    String rowId();

    /** The kinds of open items. */
    enum Kind {
        /** Default: counts 600 s. Action: replied now. */
        UNANSWERED_ROUND("unanswered_round"),
        /** Default: the system agrees at the deadline. Action: agreed now. */
        PENDING_AFTER_SALE("pending_after_sale"),
        /** Default: stays. Action: the appeal is approved. */
        APPEALABLE_REVIEW("appealable_review"),
        /** Default: picked up at the pickup deadline. Action: picked up after the courier's lead time. */
        UNPICKED_ORDER("unpicked_order"),
        /** Default: the buyer escalates now. Action: the buyer does not escalate. */
        ESCALATION_RISK("escalation_risk");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** A buyer's message without a human reply, in a human session. */
    record UnansweredRound(int round, int session, String sessionId, long buyerMessageAt, long deadline)
            implements OpenItem {
        public UnansweredRound {
            Objects.requireNonNull(sessionId, "sessionId");
        }

        @Override
        public Kind kind() {
            return Kind.UNANSWERED_ROUND;
        }

        @Override
        public String rowId() {
            return sessionId + "@" + Timestamps.format(buyerMessageAt);
        }
    }

    /** An after-sale waiting for the merchant. */
    record PendingAfterSale(int afterSale, String afterSaleId, int order, long deadline) implements OpenItem {
        public PendingAfterSale {
            Objects.requireNonNull(afterSaleId, "afterSaleId");
        }

        @Override
        public Kind kind() {
            return Kind.PENDING_AFTER_SALE;
        }

        @Override
        public String rowId() {
            return afterSaleId;
        }
    }

    /** A 1–2★ first review that can still be appealed. */
    record AppealableReview(int review, String reviewId, int order, long deadline) implements OpenItem {
        public AppealableReview {
            Objects.requireNonNull(reviewId, "reviewId");
        }

        @Override
        public Kind kind() {
            return Kind.APPEALABLE_REVIEW;
        }

        @Override
        public String rowId() {
            return reviewId;
        }
    }

    /** A paid order the courier has not picked up yet. */
    record UnpickedOrder(int order, String orderId, long deadline) implements OpenItem {
        public UnpickedOrder {
            Objects.requireNonNull(orderId, "orderId");
        }

        @Override
        public Kind kind() {
            return Kind.UNPICKED_ORDER;
        }

        @Override
        public String rowId() {
            return orderId;
        }
    }

    /** A buyer with an open after-sale or an unanswered chat about an order, who has not gone to the platform. */
    record EscalationRisk(int order, String orderId, long deadline) implements OpenItem {
        public EscalationRisk {
            Objects.requireNonNull(orderId, "orderId");
        }

        @Override
        public Kind kind() {
            return Kind.ESCALATION_RISK;
        }

        @Override
        public String rowId() {
            return orderId;
        }
    }
}
