package com.scoredesk.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One indicator over the recorded days: its value and score per day ({@code null} on days without a value). */
public record IndicatorTrend(String indicator, List<Day> days) {

    public IndicatorTrend {
        days = List.copyOf(days);
    }

    public record Day(LocalDate asOf, @Nullable BigDecimal value, @Nullable BigDecimal score) {}
}
