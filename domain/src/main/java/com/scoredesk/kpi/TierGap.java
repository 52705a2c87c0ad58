package com.scoredesk.kpi;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * How far an indicator is from its next better score step (a tier, or the next point of a curve), in items.
 *
 * @param status what can be said
 * @param targetScore the score of the next step, {@code null} unless {@link Status#REACHABLE}
 * @param moreGood this many more good items (for an average: items at the indicator's good value) reach it; {@code
 *     null} when adding good items cannot
 * @param fewerBad this many fewer bad items reach it (rates of bad items only), else {@code null}
 * @param pointsGain what reaching it adds to the total, in the rule set's points, before rounding
 */
public record TierGap(
        Status status,
        @Nullable BigDecimal targetScore,
        @Nullable Long moreGood,
        @Nullable Long fewerBad,
        @Nullable BigDecimal pointsGain) {

    public enum Status {
        /** The next step and the items it takes are known. */
        REACHABLE,
        /** Already at the best step. */
        AT_TOP,
        /** The small-shop floor sets the score, whatever the value. */
        FLOORED,
        /** No value (empty population): the indicator does not count. */
        NO_VALUE,
        /** The score follows the value itself (no steps), or the rule set scores no indicators today. */
        NOT_APPLICABLE
    }

    static TierGap of(Status status) {
        return new TierGap(status, null, null, null, null);
    }
}
