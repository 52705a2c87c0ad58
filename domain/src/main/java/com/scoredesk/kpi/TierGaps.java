package com.scoredesk.kpi;

import com.scoredesk.scoring.Fraction;
import com.scoredesk.scoring.rules.Curve;
import com.scoredesk.scoring.rules.IndicatorSpec;
import com.scoredesk.scoring.rules.Point;
import com.scoredesk.scoring.score.ScoreResult.IndicatorScore;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The distance from an indicator's value to its next better score step, exactly: with value = numerator /
 * population, the least number of items that moves the value onto the step's threshold (thresholds are inclusive,
 * as in the rule set).
 */
final class TierGaps {

    private TierGaps() {}

    /**
     * @param dimensionWeight the renormalised weight of the indicator's dimension in the total
     */
    static TierGap of(IndicatorSpec spec, IndicatorScore indicator, Fraction dimensionWeight) {
        if (indicator.value() == null) {
            return TierGap.of(TierGap.Status.NO_VALUE);
        }
        if (indicator.score() == null) {
            return TierGap.of(TierGap.Status.NOT_APPLICABLE);
        }
        if (indicator.floored()) {
            return TierGap.of(TierGap.Status.FLOORED);
        }
        IndicatorKind kind = IndicatorKind.of(spec.id()).orElse(null);
        List<Point> steps = steps(spec.curve());
        if (kind == null || steps.isEmpty()) {
            return TierGap.of(TierGap.Status.NOT_APPLICABLE);
        }
        Fraction score = indicator.score();
        Point next = null;
        for (int i = steps.size() - 1; i >= 0; i--) { // steps are best first: walk from the worst up
            if (score.compareTo(steps.get(i).score()) < 0) {
                next = steps.get(i);
                break;
            }
        }
        if (next == null) {
            return TierGap.of(TierGap.Status.AT_TOP);
        }
        Fraction threshold = Fraction.of(next.value());
        Fraction numerator = indicator.numerator();
        Fraction population = Fraction.of(indicator.population());
        Long moreGood = moreGood(kind, numerator, population, threshold);
        Long fewerBad =
                kind.shape() == IndicatorKind.Shape.BAD_RATE ? fewerBad(numerator, population, threshold) : null;
        Fraction gain = dimensionWeight
                .multiply(indicator.weight())
                .multiply(Fraction.of(next.score()).subtract(score));
        return new TierGap(
                TierGap.Status.REACHABLE, next.score(), moreGood, fewerBad, gain.toBigDecimal(4, RoundingMode.HALF_UP));
    }

    /** The score steps of a curve, best first; none for a curve that follows the value. */
    static List<Point> steps(Curve curve) {
        return switch (curve) {
            case Curve.Tiers tiers -> tiers.tiers();
            case Curve.Linear linear -> linear.points();
            case Curve.Identity identity -> List.of();
        };
    }

    /** Whether a higher value is better on this curve. */
    static boolean higherIsBetter(Curve curve) {
        return switch (curve) {
            case Curve.Tiers tiers -> tiers.higherIsBetter();
            case Curve.Linear linear -> {
                List<Point> points = linear.points();
                yield points.get(0)
                                .value()
                                .compareTo(points.get(points.size() - 1).value())
                        > 0;
            }
            case Curve.Identity identity -> true;
        };
    }

    private static @Nullable Long moreGood(
            IndicatorKind kind, Fraction numerator, Fraction population, Fraction threshold) {
        return switch (kind.shape()) {
            // b / (n + k) <= t  <=>  k >= b / t - n
            case BAD_RATE ->
                threshold.signum() <= 0
                        ? null
                        : ceilAtLeastZero(numerator.divide(threshold).subtract(population));
            // (g + k) / (n + k) >= t  <=>  k >= (t n - g) / (1 - t)
            case GOOD_RATE ->
                threshold.compareTo(Fraction.ONE) >= 0
                        ? null
                        : ceilAtLeastZero(threshold
                                .multiply(population)
                                .subtract(numerator)
                                .divide(Fraction.ONE.subtract(threshold)));
            case AVERAGE -> averageGap(kind, numerator, population, threshold);
        };
    }

    private static @Nullable Long averageGap(
            IndicatorKind kind, Fraction sum, Fraction population, Fraction threshold) {
        if (kind.goodItemValue() == null) {
            return null;
        }
        Fraction good = Fraction.of(kind.goodItemValue());
        Fraction room = good.subtract(threshold);
        if (room.signum() == 0) {
            return null;
        }
        // (s + k x) / (n + k) reaches t  <=>  k >= (t n - s) / (x - t), for x on the good side of t
        Fraction needed = threshold.multiply(population).subtract(sum).divide(room);
        return needed.signum() <= 0 ? null : ceilAtLeastZero(needed); // items at x cannot move the value past t
    }

    /** (b - j) / n <= t  <=>  j >= b - t n. */
    private static Long fewerBad(Fraction bad, Fraction population, Fraction threshold) {
        return ceilAtLeastZero(bad.subtract(threshold.multiply(population)));
    }

    private static long ceilAtLeastZero(Fraction value) {
        if (value.signum() <= 0) {
            return 0;
        }
        BigInteger[] division = value.numerator().divideAndRemainder(value.denominator());
        BigInteger ceil = division[1].signum() == 0 ? division[0] : division[0].add(BigInteger.ONE);
        return ceil.longValueExact();
    }

    static List<BigDecimal> thresholds(Curve curve) {
        List<BigDecimal> values = new ArrayList<>();
        steps(curve).forEach(point -> values.add(point.value()));
        return values;
    }
}
