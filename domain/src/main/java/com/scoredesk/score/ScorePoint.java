package com.scoredesk.score;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One day of a shop's score chart. {@code total} and {@code shown} as in {@link RecordedScore}. */
public record ScorePoint(
        LocalDate asOf, String ruleSet, String stage, @Nullable BigDecimal total, @Nullable BigDecimal shown) {}
