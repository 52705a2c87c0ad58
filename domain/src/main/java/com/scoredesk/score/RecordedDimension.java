package com.scoredesk.score;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A dimension of a recorded day: its weight after renormalisation and its score, {@code null} when the day had
 * no dimension scores (growth stage, no score).
 */
public record RecordedDimension(String id, BigDecimal weight, @Nullable BigDecimal score) {

    public RecordedDimension {
        Objects.requireNonNull(id, "id");
        weight = Scales.fixed(Objects.requireNonNull(weight, "weight"), Scales.WEIGHT);
        score = Scales.fixedOrNull(score, Scales.SCORE);
    }
}
