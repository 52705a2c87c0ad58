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
    /** Per round: a reply given as an outcome (only when pricing by recomputation), else {@link Timestamps#NONE}. */
    final long[] reply;

    final EscalationKind escalationKind;

    Defaults(long now, int orders, int afterSales, int rounds, EscalationKind escalationKind) {
        this.now = now;
        this.pickup = new long[orders];
        this.agree = new long[afterSales];
        this.escalate = new boolean[orders];
        this.reply = new long[rounds];
        this.escalationKind = escalationKind;
        Arrays.fill(pickup, Timestamps.NONE);
        Arrays.fill(agree, Timestamps.NONE);
        Arrays.fill(reply, Timestamps.NONE);
    }

    private Defaults(Defaults other) {
        this.now = other.now;
        this.pickup = other.pickup.clone();
        this.agree = other.agree.clone();
        this.escalate = other.escalate.clone();
        this.reply = other.reply.clone();
        this.escalationKind = other.escalationKind;
    }

    /** A copy to change one item's outcome in (pricing by recomputation). */
    Defaults copy() {
        return new Defaults(this);
    }
}
