package com.scoredesk.kpi;

import com.scoredesk.activity.ScoringWindow;
import com.scoredesk.scoring.model.Timestamps;
import com.scoredesk.scoring.rules.DeliveryRoutes;
import com.scoredesk.scoring.rules.DimensionSpec;
import com.scoredesk.scoring.rules.IndicatorSpec;
import com.scoredesk.scoring.rules.RuleSet;
import java.time.Instant;
import java.time.LocalDate;

/** The rows a score of one day needs, as a window for {@link com.scoredesk.activity.ShopDataLoader}. */
public final class DataWindows {

    private DataWindows() {}

    /**
     * The widest window of day {@code day} under {@code rules} (the lagged 5-point window reaches back 104 days, the
     * gate has its own) up to {@code day} 00:00, and parcels picked up early enough to be due inside it.
     */
    public static ScoringWindow forDay(RuleSet rules, LocalDate day) {
        int days = rules.windowDays();
        if (rules.gate() != null) {
            days = Math.max(days, rules.gate().windowDays());
        }
        for (DimensionSpec dimension : rules.dimensions()) {
            for (IndicatorSpec indicator : dimension.indicators()) {
                if (indicator.window() != null) {
                    days = Math.max(days, indicator.window().fromDaysBefore());
                }
            }
        }
        LocalDate from = day.minusDays(days);
        DeliveryRoutes routes = rules.delivery();
        int longest = Math.max(routes.sameProvinceDays(), routes.defaultDays());
        for (DeliveryRoutes.Route route : routes.routes()) {
            longest = Math.max(longest, route.days());
        }
        return new ScoringWindow(start(from), start(from.minusDays(longest + 1L)), start(day));
    }

    private static Instant start(LocalDate day) {
        return Instant.ofEpochMilli(Timestamps.startOfDay(day));
    }
}
