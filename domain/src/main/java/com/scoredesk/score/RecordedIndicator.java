package com.scoredesk.score;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An indicator of a recorded day, held to the precision of the stored columns (value and numerator 8 decimals,
 * score 6, weights 8, HALF_UP). {@code value} and {@code score} are {@code null} when the indicator had no value
 * (an empty population) or, for the score, when the stage scores no indicators.
 */
public record RecordedIndicator(
        String id,
        String dimension,
        @Nullable BigDecimal value,
        @Nullable BigDecimal score,
        BigDecimal weight,
        BigDecimal nominalWeight,
        @Nullable BigDecimal numerator,
        @Nullable Long population,
        boolean floored) {

    public RecordedIndicator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dimension, "dimension");
        value = Scales.fixedOrNull(value, Scales.VALUE);
        score = Scales.fixedOrNull(score, Scales.SCORE);
        weight = Scales.fixed(Objects.requireNonNull(weight, "weight"), Scales.WEIGHT);
        nominalWeight = Scales.fixed(Objects.requireNonNull(nominalWeight, "nominalWeight"), Scales.WEIGHT);
        numerator = Scales.fixedOrNull(numerator, Scales.VALUE);
    }
}
