package com.scoredesk.scoring.score;

import com.scoredesk.scoring.Fraction;
import java.util.Comparator;
import java.util.Objects;

/**
 * What acting on an open item now is worth: P(T+1) with the item's action outcome minus P(T+1) with its default
 * outcome, in points of the rule set's scale, before the final rounding. Immutable.
 */
public record ItemImpact(OpenItem item, Fraction impact) {

    /** Largest impact first, then the earliest deadline. */
    public static final Comparator<ItemImpact> WORKLIST_ORDER = Comparator.comparing(ItemImpact::impact)
            .reversed()
            .thenComparingLong(i -> i.item().deadline());

    public ItemImpact {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(impact, "impact");
    }

    /** The impact as a double, for display. */
    public double points() {
        return impact.doubleValue();
    }
}
