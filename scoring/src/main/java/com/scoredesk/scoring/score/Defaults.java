package com.scoredesk.scoring.score;

import com.scoredesk.scoring.model.EscalationKind;
import com.scoredesk.scoring.model.Timestamps;
import java.util.Arrays;

/**
 * The default outcomes of a shop's open work items at "now": what happens if nobody acts (section 8). A pass
 * with defaults reads them in place of the timestamps that are not known yet.
 */
final class Defaults {

    final long now;
    /** Per order: when it is picked up if nobody acts, {@link Timestamps#NONE} for no open pickup. */
    final long[] pickup;
    /** Per after-sale: when the system agrees if nobody acts, {@link Timestamps#NONE} when not pending. */
    final long[] agree;
    /** Per order: the buyer escalates now if nobody acts. */
    final boolean[] escalate;

    final EscalationKind escalationKind;

    Defaults(long now, int orders, int afterSales, EscalationKind escalationKind) {
        this.now = now;
        this.pickup = new long[orders];
        this.agree = new long[afterSales];
        this.escalate = new boolean[orders];
        this.escalationKind = escalationKind;
        Arrays.fill(pickup, Timestamps.NONE);
        Arrays.fill(agree, Timestamps.NONE);
    }
}
