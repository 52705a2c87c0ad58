package com.scoredesk.kpi;

import com.scoredesk.scoring.rules.Point;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One indicator of today's score, as the dashboard explains it. Values are exact to 6 decimals (rates as fractions),
 * points to 4.
 *
 * @param weight the weight inside the dimension after renormalisation; {@code nominalWeight} the configured one
 * @param points what the indicator adds to the total (dimension weight × weight × score), {@code null} when it
 *     has no score
 * @param lostPoints what it costs against a perfect score, {@code null} when it has no score
 * @param steps the score steps of its curve (tiers or curve points), best first; empty when the score is the value
 */
public record IndicatorLine(
        String id,
        String dimension,
        IndicatorKind kind,
        boolean higherIsBetter,
        @Nullable BigDecimal value,
        @Nullable BigDecimal score,
        BigDecimal weight,
        BigDecimal nominalWeight,
        @Nullable BigDecimal points,
        @Nullable BigDecimal lostPoints,
        BigDecimal numerator,
        long population,
        boolean floored,
        TierGap gap,
        List<Point> steps) {

    public IndicatorLine {
        steps = List.copyOf(steps);
    }
}
