package com.scoredesk.kpi;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Something that moved the total between yesterday's score and today's: an indicator whose weighted points changed,
 * a bonus or a deduction that came or went. {@code delta} is in the rule set's points, before rounding.
 *
 * @param id the indicator id, bonus id or violation kind
 */
public record ScoreMove(
        Kind kind,
        String id,
        @Nullable BigDecimal valueBefore,
        @Nullable BigDecimal valueAfter,
        @Nullable BigDecimal scoreBefore,
        @Nullable BigDecimal scoreAfter,
        BigDecimal delta) {

    public enum Kind {
        INDICATOR,
        BONUS,
        DEDUCTION
    }
}
