package com.scoredesk.scoring.score;

import static com.scoredesk.scoring.model.Timestamps.NONE;

import com.scoredesk.scoring.model.AfterSale;
import com.scoredesk.scoring.model.AfterSaleType;
import com.scoredesk.scoring.model.AppealStatus;
import com.scoredesk.scoring.model.Escalation;
import com.scoredesk.scoring.model.ImRound;
import com.scoredesk.scoring.model.Order;
import com.scoredesk.scoring.model.Review;
import com.scoredesk.scoring.model.ShopData;
import com.scoredesk.scoring.model.Timestamps;
import com.scoredesk.scoring.rules.RuleSet;
import com.scoredesk.scoring.rules.WorkItemRules;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes the outcomes of open items into a shop's rows, straight from section 8 of the contract, so that the
 * plain calculator can score "today's data plus the default outcomes": an independent oracle for the projection.
 */
final class Outcomes {

    private Outcomes() {}

    /** The default outcome time of an item (pickup or agreement), or NONE for items without one. */
    static long defaultTime(OpenItem item, RuleSet rules, long now) {
        WorkItemRules w = rules.workItems();
        return switch (item) {
            case OpenItem.UnpickedOrder u ->
                u.deadline() >= now
                        ? u.deadline()
                        : Timestamps.startOfDay(Timestamps.epochDay(now) + 1 + w.pickupDeadlineDays())
                                - Timestamps.SECOND;
            case OpenItem.PendingAfterSale p -> p.deadline();
            default -> NONE;
        };
    }

    /** The action outcome time of an item (pickup, agreement or reply), or NONE. */
    static long actionTime(OpenItem item, RuleSet rules, long now) {
        WorkItemRules w = rules.workItems();
        return switch (item) {
            case OpenItem.UnpickedOrder u ->
                Math.min(now + w.courierLeadMinutes() * Timestamps.MINUTE, defaultTime(item, rules, now));
            case OpenItem.PendingAfterSale p -> Math.min(now, p.deadline());
            case OpenItem.UnansweredRound r -> now;
            default -> NONE;
        };
    }

    /**
     * The data with every item's default outcome written in, except {@code acted}, which gets its action outcome.
     */
    static ShopData write(ShopData data, List<OpenItem> items, RuleSet rules, long now, @Nullable OpenItem acted) {
        List<Order> orders = new ArrayList<>(data.orders());
        List<AfterSale> afterSales = new ArrayList<>(data.afterSales());
        List<Review> reviews = new ArrayList<>(data.reviews());
        List<ImRound> rounds = new ArrayList<>(data.rounds());
        List<Escalation> escalations = new ArrayList<>(data.escalations());
        for (OpenItem item : items) {
            boolean act = item.equals(acted);
            long t = act ? actionTime(item, rules, now) : defaultTime(item, rules, now);
            switch (item) {
                case OpenItem.UnpickedOrder u ->
                    orders.set(u.order(), orders.get(u.order()).withPickedUpAt(t));
                case OpenItem.PendingAfterSale p -> {
                    AfterSale a = afterSales.get(p.afterSale());
                    boolean refundOnly =
                            a.type() == AfterSaleType.REFUND_UNSHIPPED || a.type() == AfterSaleType.REFUND_SHIPPED;
                    afterSales.set(p.afterSale(), a.withOutcome(t, refundOnly ? t : a.refundedAt()));
                }
                case OpenItem.UnansweredRound r -> {
                    if (act) {
                        rounds.set(r.round(), rounds.get(r.round()).withHumanReplyAt(t));
                    }
                }
                case OpenItem.AppealableReview r -> {
                    if (act) {
                        reviews.set(r.review(), reviews.get(r.review()).withAppealStatus(AppealStatus.APPROVED));
                    }
                }
                case OpenItem.EscalationRisk e -> {
                    if (!act) {
                        escalations.add(new Escalation(
                                "E-default-" + e.orderId(),
                                e.order(),
                                now,
                                rules.workItems().escalationKind()));
                    }
                }
            }
        }
        return new ShopData(
                data.shop(),
                orders,
                afterSales,
                reviews,
                data.sessions(),
                rounds,
                escalations,
                data.violations(),
                data.logisticsEvents());
    }
}
