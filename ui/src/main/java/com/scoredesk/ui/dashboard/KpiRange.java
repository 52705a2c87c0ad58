package com.scoredesk.ui.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The quick ranges of the team KPI page, each from "today" as the service's clock tells it; {@link #CUSTOM} stands for
 * days picked by hand.
 */
public enum KpiRange {
    TODAY,
    YESTERDAY,
    LAST_7_DAYS,
    THIS_WEEK,
    LAST_30_DAYS,
    THIS_MONTH,
    CUSTOM;

    /** The first and last day of this range, both included; {@code null} for {@link #CUSTOM}. */
    public LocalDate @Nullable [] days(LocalDate today) {
        return switch (this) {
            case TODAY -> new LocalDate[] {today, today};
            case YESTERDAY -> new LocalDate[] {today.minusDays(1), today.minusDays(1)};
            case LAST_7_DAYS -> new LocalDate[] {today.minusDays(6), today};
            case THIS_WEEK -> new LocalDate[] {today.with(DayOfWeek.MONDAY), today};
            case LAST_30_DAYS -> new LocalDate[] {today.minusDays(29), today};
            case THIS_MONTH -> new LocalDate[] {today.withDayOfMonth(1), today};
            case CUSTOM -> null;
        };
    }
}
