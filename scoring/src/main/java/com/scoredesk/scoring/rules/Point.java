package com.scoredesk.scoring.rules;

import java.math.BigDecimal;
import java.util.Objects;

/** A point of a scoring curve or tier table: an indicator value and its score. */
public record Point(BigDecimal value, BigDecimal score) {

    public Point {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(score, "score");
    }
}
