package com.scoredesk.score;

import com.scoredesk.activity.ScoringWindow;
import com.scoredesk.scoring.model.Timestamps;
import com.scoredesk.scoring.rules.DeliveryRoutes;
import com.scoredesk.scoring.rules.DimensionSpec;
import com.scoredesk.scoring.rules.IndicatorSpec;
import com.scoredesk.scoring.rules.RuleSet;
import java.time.Instant;
import java.time.LocalDate;

/** How far back the rows of a score reach, from the rule set's windows. */
final class ScoreWindows {

    private ScoreWindows() {}

    /**
     * The rows the scores of days {@code first} … {@code last} under {@code ruleSet} need: from the start of the
     * widest window of {@code first} (the lagged 5-point window reaches back 104 days) up to 00:00 of {@code last}.
     */
    static ScoringWindow forDays(RuleSet ruleSet, LocalDate first, LocalDate last) {
        LocalDate from = first.minusDays(lookbackDays(ruleSet));
        LocalDate pickedUpFrom = from.minusDays(longestRouteDays(ruleSet.delivery()) + 1L);
        return new ScoringWindow(start(from), start(pickedUpFrom), start(last));
    }

    /** The rows both windows need. */
    static ScoringWindow union(ScoringWindow a, ScoringWindow b) {
        return new ScoringWindow(
                earlier(a.from(), b.from()), earlier(a.pickedUpFrom(), b.pickedUpFrom()), later(a.until(), b.until()));
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    static int lookbackDays(RuleSet ruleSet) {
        int days = ruleSet.windowDays();
        if (ruleSet.gate() != null) {
            days = Math.max(days, ruleSet.gate().windowDays());
        }
        for (DimensionSpec dimension : ruleSet.dimensions()) {
            for (IndicatorSpec indicator : dimension.indicators()) {
                if (indicator.window() != null) {
                    days = Math.max(days, indicator.window().fromDaysBefore());
                }
            }
        }
        return days;
    }

    /** A waybill's deadline is at most this many days after its pickup day (without a given deadline). */
    private static int longestRouteDays(DeliveryRoutes routes) {
        int days = Math.max(routes.sameProvinceDays(), routes.defaultDays());
        for (DeliveryRoutes.Route route : routes.routes()) {
            days = Math.max(days, route.days());
        }
        return days;
    }

    private static Instant start(LocalDate day) {
        return Timestamps.toInstant(Timestamps.startOfDay(day));
    }
}
