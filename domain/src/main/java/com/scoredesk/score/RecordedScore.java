package com.scoredesk.score;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The score of one shop for day {@code asOf} as the history keeps it.
 *
 * @param stage {@code formal}, {@code growth} or {@code none} (spec section 7)
 * @param total the total on the rule set's scale, {@code null} when there is no score
 * @param shown what buyers see, {@code null} when not shown (growth stage, no score)
 * @param reason why there is no score, when there is none
 */
public record RecordedScore(
        LocalDate asOf,
        String ruleSet,
        String stage,
        @Nullable BigDecimal total,
        @Nullable BigDecimal shown,
        @Nullable String reason,
        List<RecordedDimension> dimensions,
        List<RecordedIndicator> indicators) {

    public RecordedScore {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(stage, "stage");
        dimensions = List.copyOf(dimensions);
        indicators = List.copyOf(indicators);
    }
}
