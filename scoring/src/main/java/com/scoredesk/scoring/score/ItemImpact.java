package com.scoredesk.scoring.score;

import com.scoredesk.scoring.Fraction;
import java.util.Comparator;
import java.util.Objects;

/**
 * What acting on an open item now is worth: P(T+1) with the item's action outcome minus P(T+1) with its default
 * outcome, in points of the rule set's scale, before the final rounding. Immutable.
 */
public record ItemImpact(OpenItem item, Fraction impact, double points) {

    /**
     * Largest impact first, then the earliest deadline. Impacts compare by their nearest doubles first (rounding
     * keeps the order) and exactly only when those are equal.
     */
    public static final Comparator<ItemImpact> WORKLIST_ORDER = ItemImpact::compareForWorklist;

    /**
     * @param points the impact as the nearest double, for display and fast ordering
     */
    public ItemImpact {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(impact, "impact");
    }

    public ItemImpact(OpenItem item, Fraction impact) {
        this(item, impact, impact.doubleValue());
    }

    private static int compareForWorklist(ItemImpact a, ItemImpact b) {
        int c = Double.compare(b.points, a.points);
        if (c == 0 && a.impact != b.impact) {
            c = b.impact.compareTo(a.impact);
        }
        return c != 0 ? c : Long.compare(a.item.deadline(), b.item.deadline());
    }
}
