package com.scoredesk.scoring.score;

import com.scoredesk.scoring.model.Order;
import com.scoredesk.scoring.model.Shop;
import com.scoredesk.scoring.model.ShopType;
import com.scoredesk.scoring.model.Timestamps;
import com.scoredesk.scoring.rules.RuleSet;
import com.scoredesk.scoring.rules.WorkItemRules;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The clock rules and deadlines of a rule set (sections 5.2 and 9 of the contract), for worklists, evidence and
 * reply templates: the same code the score uses. Times are epoch milliseconds.
 *
 * <p>Immutable and thread-safe.
 */
public final class ClockRules {

    private final RuleSet rules;
    private final Counting counting;

    private ClockRules(RuleSet rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.counting = new Counting(
                rules,
                new Shop("", "", "其他", ShopType.NON_FLAGSHIP, null, false, false),
                LocalDate.of(2026, 1, 1),
                Long.MAX_VALUE);
    }

    public static ClockRules of(RuleSet rules) {
        return new ClockRules(rules);
    }

    /** The pickup clock's start: {@code paidAt}, or the next 06:00 for an order paid between 18:00 and 06:00. */
    public long pickupClockStart(long paidAt) {
        return counting.pickupStart(paidAt);
    }

    /** The review clock's start: {@code appliedAt}, or the next 08:00 for a case applied between 23:00 and 08:00. */
    public long reviewClockStart(long appliedAt) {
        return counting.reviewStart(appliedAt);
    }

    /** Whether {@code at} is in human service hours (08:00:00 to 22:59:59). */
    public boolean inServiceHours(long at) {
        return counting.inServiceHours(at);
    }

    /**
     * The waybill's delivery deadline: {@code delivery_due_at} when given, else 23:59:59 of the day the route
     * table's number of days after the pickup day.
     */
    public long deliveryDeadline(Order order, long pickedUpAt) {
        return counting.deliveryDeadline(order, pickedUpAt);
    }

    /** A pickup after this is late (the growth-stage check): 23:59:59 of the day after the payment day. */
    public long latePickupAfter(long paidAt) {
        return counting.lateDeadline(paidAt);
    }

    /**
     * When the order must be picked up (section 9): {@code promised_ship_by} for a presale, 48 h after payment in
     * the industries listed for it, else 23:59:59 of the day after the payment day.
     */
    public long pickupDeadline(Order order, String industry) {
        WorkItemRules w = rules.workItems();
        return OpenItems.pickupDeadline(
                order, order.paidAt(), w, w.pickupHoursByIndustry().get(industry.strip()));
    }

    /** When the system agrees to an after-sale the merchant has not answered: review-clock start + 48 h. */
    public long afterSaleDeadline(long appliedAt) {
        return reviewClockStart(appliedAt) + rules.workItems().afterSaleResponseHours() * Timestamps.HOUR;
    }

    /** The last moment a review written at {@code createdAt} can be appealed. */
    public long appealDeadline(long createdAt) {
        return createdAt + rules.workItems().appealWindowDays() * Timestamps.DAY;
    }

    /** When a chat round turns red: {@code imDueSeconds} after the buyer's message. */
    public long roundDue(long buyerMessageAt) {
        return buyerMessageAt + rules.workItems().imDueSeconds() * Timestamps.SECOND;
    }
}
