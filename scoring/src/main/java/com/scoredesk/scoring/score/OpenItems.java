package com.scoredesk.scoring.score;

import static com.scoredesk.scoring.model.Timestamps.NONE;

import com.scoredesk.scoring.model.AfterSale;
import com.scoredesk.scoring.model.AfterSaleType;
import com.scoredesk.scoring.model.AppealStatus;
import com.scoredesk.scoring.model.Escalation;
import com.scoredesk.scoring.model.ImRound;
import com.scoredesk.scoring.model.ImSession;
import com.scoredesk.scoring.model.Order;
import com.scoredesk.scoring.model.OrderFlag;
import com.scoredesk.scoring.model.Review;
import com.scoredesk.scoring.model.ShopData;
import com.scoredesk.scoring.model.Timestamps;
import com.scoredesk.scoring.rules.WorkItemRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the open work items of a shop at "now" and their default outcomes (sections 8 and 9 of the contract).
 * Only what is known before now counts; items are limited to rows that can still count in tomorrow's window.
 *
 * <ul>
 *   <li>Unanswered round: a round of a human session with no known human reply; due 3 minutes after the message.
 *   <li>Pending after-sale: applied, not agreed, refunded or closed; the system agrees at the review-clock start +
 *       48 h (then it is refunded too when it is a refund-only case).
 *   <li>Appealable review: a 1–2★ first review without an appeal (or with a draft), within 7 days of writing.
 *   <li>Unpicked order: a valid order, not virtual, without a known pickup or an open unshipped-refund request; by
 *       default picked up at its pickup deadline (23:59:59 of the day after payment, 48 h for listed industries,
 *       {@code promised_ship_by} for presales) or, once that has passed, by 23:59:59 of the day after today.
 *   <li>Escalation risk: a valid order without a known escalation that has an unfinished after-sale or an unanswered
 *       human chat; by default the buyer escalates now.
 * </ul>
 */
final class OpenItems {

    final List<OpenItem> items;
    final Defaults defaults;

    private OpenItems(List<OpenItem> items, Defaults defaults) {
        this.items = List.copyOf(items);
        this.defaults = defaults;
    }

    /**
     * @param tomorrow the counting of day T+1 with {@code known} = now
     */
    static OpenItems find(ShopData data, Counting tomorrow, long now) {
        WorkItemRules w = tomorrow.rules.workItems();
        List<Order> orders = data.orders();
        List<AfterSale> afterSales = data.afterSales();
        List<ImRound> rounds = data.rounds();
        List<ImSession> sessions = data.sessions();
        Defaults defaults = new Defaults(now, orders.size(), afterSales.size(), rounds.size(), w.escalationKind());
        List<OpenItem> items = new ArrayList<>();
        long from = tomorrow.mainFrom;

        boolean[] valid = new boolean[orders.size()];
        for (int i = 0; i < orders.size(); i++) {
            valid[i] = tomorrow.isValid(orders.get(i));
        }
        boolean[] escalated = new boolean[orders.size()];
        for (Escalation e : data.escalations()) {
            if (tomorrow.eff(e.escalatedAt()) != NONE) {
                escalated[e.order()] = true;
            }
        }
        long[] riskDeadline = new long[orders.size()];
        Arrays.fill(riskDeadline, NONE);
        boolean[] unshippedRefund = new boolean[orders.size()];

        for (int a = 0; a < afterSales.size(); a++) {
            AfterSale as = afterSales.get(a);
            long applied = tomorrow.eff(as.appliedAt());
            if (applied == NONE) {
                continue;
            }
            boolean closed = tomorrow.eff(as.closedAt()) != NONE;
            boolean finished = closed || tomorrow.eff(as.refundedAt()) != NONE;
            if (as.type() == AfterSaleType.REFUND_UNSHIPPED && !closed) {
                unshippedRefund[as.order()] = true;
            }
            if (finished || !valid[as.order()] || applied < from) {
                continue;
            }
            long deadline = tomorrow.reviewStart(applied) + w.afterSaleResponseHours() * Timestamps.HOUR;
            riskDeadline[as.order()] = Math.min(riskDeadline[as.order()], deadline);
            if (tomorrow.eff(as.agreedAt()) == NONE) {
                defaults.agree[a] = deadline;
                items.add(new OpenItem.PendingAfterSale(a, as.afterSaleId(), as.order(), deadline));
            }
        }

        for (int j = 0; j < rounds.size(); j++) {
            ImRound r = rounds.get(j);
            ImSession session = sessions.get(r.session());
            long started = tomorrow.eff(session.startedAt());
            long message = tomorrow.eff(r.buyerMessageAt());
            if (!session.human() || started == NONE || started < from || message == NONE) {
                continue;
            }
            if (tomorrow.eff(r.humanReplyAt()) != NONE) {
                continue;
            }
            long due = message + w.imDueSeconds() * Timestamps.SECOND;
            items.add(new OpenItem.UnansweredRound(j, r.session(), session.sessionId(), r.buyerMessageAt(), due));
            if (session.hasOrder() && valid[session.order()]) {
                riskDeadline[session.order()] = Math.min(riskDeadline[session.order()], due);
            }
        }

        DataIndex index = DataIndex.of(data);
        List<Review> reviews = data.reviews();
        boolean appealsCount = tomorrow.rules.approvedAppealsExcluded();
        long appealWindow = w.appealWindowDays() * Timestamps.DAY;
        long today = Timestamps.epochDay(now);
        Long industryHours =
                w.pickupHoursByIndustry().get(tomorrow.shop.industry().strip());
        for (int i = 0; i < orders.size(); i++) {
            if (!valid[i]) {
                continue;
            }
            Order o = orders.get(i);
            int r = index.firstReview[i];
            if (appealsCount && r >= 0) {
                Review review = reviews.get(r);
                long created = tomorrow.eff(review.createdAt());
                if (created != NONE
                        && review.productRating() > 0
                        && review.productRating() <= 2
                        && (review.appealStatus() == AppealStatus.NONE || review.appealStatus() == AppealStatus.DRAFT)
                        && now < created + appealWindow) {
                    items.add(new OpenItem.AppealableReview(r, review.reviewId(), i, created + appealWindow));
                }
            }
            long paid = tomorrow.eff(o.paidAt());
            if (paid >= from
                    && tomorrow.eff(o.pickedUpAt()) == NONE
                    && !o.has(OrderFlag.VIRTUAL)
                    && !unshippedRefund[i]) {
                long deadline;
                if (o.has(OrderFlag.PRESALE) && o.promisedShipBy() != NONE) {
                    deadline = o.promisedShipBy();
                } else if (industryHours != null) {
                    deadline = paid + industryHours * Timestamps.HOUR;
                } else {
                    deadline = Counting.endOfDay(Timestamps.epochDay(paid) + w.pickupDeadlineDays());
                }
                long outcome = deadline >= now ? deadline : Counting.endOfDay(today + w.pickupDeadlineDays());
                defaults.pickup[i] = outcome;
                items.add(new OpenItem.UnpickedOrder(i, o.orderId(), deadline));
            }
            if (!escalated[i] && riskDeadline[i] != NONE) {
                defaults.escalate[i] = true;
                items.add(new OpenItem.EscalationRisk(i, o.orderId(), riskDeadline[i]));
            }
        }
        return new OpenItems(items, defaults);
    }

    /** When the order is picked up if the agent asks for a pickup now: after the lead time, never after the default. */
    static long pickupAction(Defaults defaults, int order, WorkItemRules w) {
        return Math.min(defaults.now + w.courierLeadMinutes() * Timestamps.MINUTE, defaults.pickup[order]);
    }

    /** When the after-sale is agreed if the agent agrees now: now, or the system's deadline if that passed. */
    static long agreeAction(Defaults defaults, int afterSale) {
        return Math.min(defaults.now, defaults.agree[afterSale]);
    }
}
