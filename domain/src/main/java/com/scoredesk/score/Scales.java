package com.scoredesk.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** The decimals the history columns keep (HALF_UP): the engine's exact fractions are rounded once, here. */
final class Scales {

    static final int TOTAL = 2;
    static final int VALUE = 8;
    static final int SCORE = 6;
    static final int WEIGHT = 8;

    private Scales() {}

    static BigDecimal fixed(BigDecimal value, int scale) {
        return value.setScale(scale, RoundingMode.HALF_UP);
    }

    static @Nullable BigDecimal fixedOrNull(@Nullable BigDecimal value, int scale) {
        return value == null ? null : fixed(value, scale);
    }
}
