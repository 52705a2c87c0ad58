package com.scoredesk.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The projected score of a coming day (spec section 8): today's data plus the default outcome of every open item.
 *
 * @param leaving the bad events that leave the window on that day, counted by kind ({@code low_rating_review},
 *     {@code quality_return}, …)
 */
public record ForecastDay(
        LocalDate day,
        String stage,
        @Nullable BigDecimal total,
        @Nullable BigDecimal exactTotal,
        @Nullable BigDecimal shown,
        List<Leaving> leaving) {

    public ForecastDay {
        leaving = List.copyOf(leaving);
    }

    /** {@code count} bad events of {@code kind} leave the window. */
    public record Leaving(String kind, long count) {}
}
