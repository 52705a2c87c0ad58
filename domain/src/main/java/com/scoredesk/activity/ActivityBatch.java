package com.scoredesk.activity;

import java.util.List;

/** Rows of every kind for one shop, as a bundle or a generator delivers them. Immutable. */
public record ActivityBatch(
        List<OrderRow> orders,
        List<AfterSaleRow> afterSales,
        List<ReviewRow> reviews,
        List<ImSessionRow> sessions,
        List<ImRoundRow> rounds,
        List<EscalationRow> escalations,
        List<ViolationRow> violations,
        List<LogisticsEventRow> logisticsEvents) {

    public ActivityBatch {
        orders = List.copyOf(orders);
        afterSales = List.copyOf(afterSales);
        reviews = List.copyOf(reviews);
        sessions = List.copyOf(sessions);
        rounds = List.copyOf(rounds);
        escalations = List.copyOf(escalations);
        violations = List.copyOf(violations);
        logisticsEvents = List.copyOf(logisticsEvents);
    }

    public int size() {
        return orders.size()
                + afterSales.size()
                + reviews.size()
                + sessions.size()
                + rounds.size()
                + escalations.size()
                + violations.size()
                + logisticsEvents.size();
    }
}
