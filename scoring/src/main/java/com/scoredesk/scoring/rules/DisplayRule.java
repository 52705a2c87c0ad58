package com.scoredesk.scoring.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What buyers see for a merchant score: the first band whose minimum the total reaches, else {@code otherwise};
 * or the total itself ({@code sameAsTotal}, the 5-point model).
 */
public record DisplayRule(boolean sameAsTotal, List<Band> bands, BigDecimal otherwise) {

    public DisplayRule {
        bands = List.copyOf(bands);
        Objects.requireNonNull(otherwise, "otherwise");
    }

    public BigDecimal shown(BigDecimal total) {
        if (sameAsTotal) {
            return total;
        }
        for (Band band : bands) {
            if (total.compareTo(band.min()) >= 0) {
                return band.shown();
            }
        }
        return otherwise;
    }

    /** Totals of at least {@code min} show {@code shown}. */
    public record Band(BigDecimal min, BigDecimal shown) {}
}
