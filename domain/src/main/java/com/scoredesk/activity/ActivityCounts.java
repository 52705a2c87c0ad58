package com.scoredesk.activity;

/** How many rows of each kind a shop holds. */
public record ActivityCounts(
        long orders,
        long afterSales,
        long reviews,
        long sessions,
        long rounds,
        long escalations,
        long violations,
        long logisticsEvents) {

    public long total() {
        return orders + afterSales + reviews + sessions + rounds + escalations + violations + logisticsEvents;
    }
}
