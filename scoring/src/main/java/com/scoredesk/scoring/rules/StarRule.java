package com.scoredesk.scoring.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** Stars by the shown score: the first threshold reached, else {@code otherwise}. */
public record StarRule(List<Threshold> thresholds, BigDecimal otherwise) {

    public StarRule {
        thresholds = List.copyOf(thresholds);
        Objects.requireNonNull(otherwise, "otherwise");
    }

    public BigDecimal stars(BigDecimal shown) {
        for (Threshold t : thresholds) {
            if (shown.compareTo(t.min()) >= 0) {
                return t.stars();
            }
        }
        return otherwise;
    }

    public record Threshold(BigDecimal min, BigDecimal stars) {}
}
