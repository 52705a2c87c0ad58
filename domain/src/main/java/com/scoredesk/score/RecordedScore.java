package com.scoredesk.score;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The score of one shop for day {@code asOf} as the history keeps it. Numbers carry the scale of their column
 * (total and shown 2 decimals, see {@link RecordedIndicator}), so a record reads back equal to what was written.
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
        total = Scales.fixedOrNull(total, Scales.TOTAL);
        shown = Scales.fixedOrNull(shown, Scales.TOTAL);
        dimensions = List.copyOf(dimensions);
        indicators = List.copyOf(indicators);
    }
}
