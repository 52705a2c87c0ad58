package com.scoredesk.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A shop's score of today (published this morning) and what it means.
 *
 * @param ruleSetTitleZh the rule set's title in Chinese; {@code ruleSetTitleEn} in English
 * @param total the rounded total, {@code null} without a score; {@code exactTotal} before rounding
 * @param yesterdayTotal yesterday's rounded total, {@code null} when there was none; {@code yesterdayExactTotal}
 *     before rounding
 * @param stars what buyers see in stars, {@code null} when the score is not shown
 * @param alliance open to 精选联盟, {@code null} without a formal score
 * @param allianceMinTotal the total 精选联盟 needs; {@code allianceMinDimensions} the dimension scores it needs
 * @param nextShownAt the total from which buyers see a better shown score, {@code null} at the top
 * @param gateRate 5-point: the IM dissatisfaction rate of the gate; {@code gateApplied} whether it cost points
 * @param floorThreshold orders below which the small-shop floor may apply ({@code floorScore} then); {@code
 *     validPaidOrders} the shop's
 * @param growthChecks the growth-stage checks and whether they pass (growth stage only)
 */
public record ScoreCard(
        LocalDate asOf,
        String ruleSetId,
        String ruleSetTitleZh,
        String ruleSetTitleEn,
        String stage,
        @Nullable String reason,
        BigDecimal scaleMin,
        BigDecimal scaleMax,
        int decimals,
        @Nullable BigDecimal total,
        @Nullable BigDecimal exactTotal,
        @Nullable BigDecimal yesterdayTotal,
        @Nullable BigDecimal yesterdayExactTotal,
        @Nullable String yesterdayRuleSetId,
        @Nullable BigDecimal shown,
        @Nullable BigDecimal stars,
        @Nullable Boolean alliance,
        BigDecimal allianceMinTotal,
        Map<String, BigDecimal> allianceMinDimensions,
        Map<String, BigDecimal> dimensionScores,
        Map<String, Boolean> programs,
        @Nullable String band,
        @Nullable Integer settlementDays,
        @Nullable Boolean mayEndCooperation,
        @Nullable BigDecimal nextShownAt,
        @Nullable BigDecimal nextShown,
        @Nullable BigDecimal gateRate,
        @Nullable BigDecimal gateRateAbove,
        boolean gateApplied,
        @Nullable Integer floorThreshold,
        @Nullable BigDecimal floorScore,
        @Nullable Long validPaidOrders,
        List<GrowthCheck> growthChecks,
        List<Adjustment> bonuses,
        List<Adjustment> deductions) {

    public ScoreCard {
        allianceMinDimensions = Map.copyOf(allianceMinDimensions);
        dimensionScores = Map.copyOf(dimensionScores);
        programs = Map.copyOf(programs);
        growthChecks = List.copyOf(growthChecks);
        bonuses = List.copyOf(bonuses);
        deductions = List.copyOf(deductions);
    }

    /** Today's total minus yesterday's, {@code null} when either is missing or the rule sets differ. */
    public @Nullable BigDecimal change() {
        if (total == null || yesterdayTotal == null || !ruleSetId.equals(yesterdayRuleSetId)) {
            return null;
        }
        return total.subtract(yesterdayTotal);
    }

    /**
     * Today's total minus yesterday's before rounding (the sum of what moved), {@code null} when {@link #change()} is.
     */
    public @Nullable BigDecimal exactChange() {
        if (change() == null || exactTotal == null || yesterdayExactTotal == null) {
            return null;
        }
        return exactTotal.subtract(yesterdayExactTotal);
    }

    /** A growth-stage check: its value (null when its population is empty), its limit and whether it passes. */
    public record GrowthCheck(String id, @Nullable BigDecimal value, BigDecimal limit, boolean pass) {}

    /** A bonus or deduction: its id (or violation kind), how many events, and its points. */
    public record Adjustment(String id, long count, BigDecimal points) {}
}
