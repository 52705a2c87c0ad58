package com.scoredesk.scoring.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The 5-point IM dissatisfaction gate: when the unrounded total is at least {@code minTotal} and the
 * dissatisfaction rate over the last {@code windowDays} days is above {@code rateAbove}, subtract {@code points}.
 */
public record GateRule(BigDecimal minTotal, BigDecimal rateAbove, BigDecimal points, int windowDays) {

    public GateRule {
        Objects.requireNonNull(minTotal, "minTotal");
        Objects.requireNonNull(rateAbove, "rateAbove");
        Objects.requireNonNull(points, "points");
    }
}
