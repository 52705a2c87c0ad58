package com.scoredesk.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One shop of the agency overview, from its latest recorded day (the daily history, not a live score).
 *
 * @param change the total minus the previous recorded day's, {@code null} without one or across rule sets
 * @param allianceMargin the total minus the 精选联盟 threshold of its rule set (negative: below it)
 * @param alliance open to 精选联盟 (total and product dimension), {@code null} without a score
 */
public record AgencyRow(
        long shopId,
        String name,
        String industry,
        @Nullable LocalDate asOf,
        @Nullable String ruleSet,
        @Nullable String stage,
        @Nullable BigDecimal total,
        @Nullable BigDecimal shown,
        @Nullable BigDecimal change,
        @Nullable BigDecimal allianceMargin,
        @Nullable Boolean alliance) {}
