package com.scoredesk.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One recorded day of a shop's score history.
 *
 * @param scaleMax the top of the rule set's scale (100 or 5), {@code null} for a rule set ScoreDesk no longer knows
 */
public record ScoreHistoryPoint(
        LocalDate asOf,
        String ruleSet,
        String stage,
        @Nullable BigDecimal total,
        @Nullable BigDecimal shown,
        @Nullable BigDecimal scaleMax) {}
