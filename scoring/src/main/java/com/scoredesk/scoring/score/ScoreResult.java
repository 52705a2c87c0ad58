package com.scoredesk.scoring.score;

import com.scoredesk.scoring.Fraction;
import com.scoredesk.scoring.model.ViolationKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The experience score of one shop for one day under one rule set: everything of section 7 of the contract.
 * Values, scores and weights are exact {@link Fraction}s; only {@link #total()} is rounded (HALF_UP, to the rule
 * set's decimals). Rates are fractions (0.0134, not 1.34).
 *
 * <p>Immutable and thread-safe.
 *
 * @param windowFrom the first day of the window (inclusive)
 * @param windowTo the last day of the window (inclusive): the day before {@code asOf}
 * @param total the rounded total, {@code null} when {@code stage} is {@code none}
 * @param shown what buyers see, {@code null} without a score and in the growth stage
 * @param reason why there is no score, {@code null} when there is one
 * @param consequences what the score means, {@code null} without a formal score
 * @param gate the 5-point IM dissatisfaction gate, {@code null} for rule sets without one
 * @param totalUnrounded the total after bonuses, deductions, gate and clamping, before rounding; {@code null}
 *     outside the formal stage
 * @param floorThreshold the small-shop threshold of this shop, {@code null} for rule sets without a floor
 * @param validPaidOrders valid paid orders in the window, {@code null} for rule sets without a growth stage
 * @param growth the growth-stage checks, {@code null} outside the growth stage
 */
public record ScoreResult(
        String shopId,
        String ruleSetId,
        LocalDate asOf,
        LocalDate windowFrom,
        LocalDate windowTo,
        Stage stage,
        @Nullable BigDecimal total,
        @Nullable BigDecimal shown,
        @Nullable String reason,
        List<DimensionScore> dimensions,
        List<Bonus> bonuses,
        List<Deduction> deductions,
        @Nullable Consequences consequences,
        @Nullable Gate gate,
        @Nullable Fraction totalUnrounded,
        @Nullable Integer floorThreshold,
        @Nullable Long validPaidOrders,
        @Nullable Growth growth) {

    public ScoreResult {
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(ruleSetId, "ruleSetId");
        Objects.requireNonNull(stage, "stage");
        dimensions = List.copyOf(dimensions);
        bonuses = List.copyOf(bonuses);
        deductions = List.copyOf(deductions);
    }

    /**
     * The score in the rule set's points before the final rounding: the unrounded total in the formal stage,
     * the growth-stage score in the growth stage, {@code null} without a score.
     */
    public @Nullable Fraction exactTotal() {
        if (stage == Stage.FORMAL) {
            return totalUnrounded;
        }
        if (stage == Stage.GROWTH && total != null) {
            return Fraction.of(total);
        }
        return null;
    }

    /** The indicator {@code id}, wherever it is. */
    public java.util.Optional<IndicatorScore> indicator(String id) {
        for (DimensionScore d : dimensions) {
            for (IndicatorScore i : d.indicators()) {
                if (i.id().equals(id)) {
                    return java.util.Optional.of(i);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** The dimension {@code id}. */
    public java.util.Optional<DimensionScore> dimension(String id) {
        return dimensions.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /**
     * A dimension: its weight after renormalisation over the dimensions that have a score, its configured weight
     * and its score (bonuses to the dimension included).
     */
    public record DimensionScore(
            String id,
            Fraction weight,
            BigDecimal nominalWeight,
            @Nullable Fraction score,
            List<IndicatorScore> indicators) {
        public DimensionScore {
            indicators = List.copyOf(indicators);
        }
    }

    /**
     * An indicator. A rate's {@code numerator} is a count; an average's is the sum in the indicator's unit (hours,
     * seconds, stars, points). Without a population it has no value and no score, and weight 0.
     *
     * @param floored the small-shop floor set the score
     */
    public record IndicatorScore(
            String id,
            @Nullable Fraction value,
            @Nullable Fraction score,
            Fraction weight,
            BigDecimal nominalWeight,
            Fraction numerator,
            long population,
            boolean floored) {}

    /** A bonus earned; {@code dimension} is set when it went to a dimension rather than the total. */
    public record Bonus(String id, BigDecimal points, @Nullable String dimension) {}

    /** Violations of one kind in the window and the points they cost after caps. */
    public record Deduction(ViolationKind kind, long count, BigDecimal points) {}

    /**
     * What the score means.
     *
     * @param alliance open to 精选联盟 (Selected Alliance)
     * @param shownStars the stars buyers see
     * @param settlementDays 5-point: days until payments settle
     * @param mayEndCooperation 5-point: the platform may end the cooperation
     * @param band 5-point: 优, 良 or 差
     * @param programs further programmes of the rule set by id: open or not
     */
    public record Consequences(
            boolean alliance,
            BigDecimal shownStars,
            @Nullable Integer settlementDays,
            @Nullable Boolean mayEndCooperation,
            @Nullable String band,
            Map<String, Boolean> programs) {
        public Consequences {
            programs = Map.copyOf(programs);
        }
    }

    /** The 5-point IM dissatisfaction gate: the rate over its window ({@code null} without a rated session). */
    public record Gate(@Nullable Fraction rate, boolean applied) {}

    /** Growth-stage details. */
    public record Growth(long validPaidOrders, long violations, List<GrowthCheck> checks) {
        public Growth {
            checks = List.copyOf(checks);
        }
    }

    /** A growth-stage check; {@code value} is {@code null} when its population is empty (it passes). */
    public record GrowthCheck(String id, @Nullable Fraction value, BigDecimal limit, boolean pass) {}
}
