package com.scoredesk.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A row behind an indicator: an order, review, after-sale, chat session or round, or waybill.
 *
 * @param source {@code order}, {@code review}, {@code after_sale}, {@code session}, {@code round} or {@code waybill}
 * @param rowId the platform's id of the row (a round is named by its session and the buyer's message time)
 * @param at the time that placed the row in the indicator's window
 * @param measure what the row adds to an average (stars, hours, seconds), {@code null} for rates
 * @param detail what the row is about, in the platform's words: the review text, the after-sale reason, the
 *     escalation kind, the buyer's rating
 */
public record IndicatorRow(
        String source,
        String rowId,
        @Nullable String orderId,
        Instant at,
        @Nullable BigDecimal measure,
        @Nullable String detail) {}
