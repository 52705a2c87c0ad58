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
import org.jspecify.annotations.Nullable;

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
 *       {@code promised_ship_by} for presales) or, once that has passed, by 23:59:59 of the day after today. When
 *       the merchant asked the courier to come (催揽收) and the courier lead time since has not yet run out, the
 *       pickup is expected at the request + the lead time instead, never later than without it: the action already
 *       happened, so acting again is worth nothing more.
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

        DataIndex x = DataIndex.of(data);
        boolean[] valid = new boolean[orders.size()];
        for (int i = 0; i < orders.size(); i++) {
            valid[i] = tomorrow.isValid(x.flags[i], x.amount[i], x.paid[i]);
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
            int s = x.roundSession[j];
            long started = tomorrow.eff(x.sessionStarted[s]);
            long message = tomorrow.eff(x.roundMessage[j]);
            if (!x.sessionHuman[s] || started == NONE || started < from || message == NONE) {
                continue;
            }
            if (tomorrow.eff(x.roundReply[j]) != NONE) {
                continue;
            }
            long due = message + w.imDueSeconds() * Timestamps.SECOND;
            items.add(new OpenItem.UnansweredRound(j, s, sessions.get(s).sessionId(), message, due));
            int order = x.sessionOrder[s];
            if (order >= 0 && valid[order]) {
                riskDeadline[order] = Math.min(riskDeadline[order], due);
            }
        }

        DataIndex index = x;
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
            int r = index.firstReview[i];
            long created = tomorrow.eff(x.firstReviewAt[i]);
            int stars = x.firstReviewRating[i] & Counting.RATING_MASK;
            if (appealsCount && r >= 0 && created != NONE && stars > 0 && stars <= 2 && now < created + appealWindow) {
                Review review = reviews.get(r);
                if (review.appealStatus() == AppealStatus.NONE || review.appealStatus() == AppealStatus.DRAFT) {
                    items.add(new OpenItem.AppealableReview(r, review.reviewId(), i, created + appealWindow));
                }
            }
            long paid = tomorrow.eff(x.paid[i]);
            int flags = x.flags[i];
            if (paid >= from
                    && tomorrow.eff(x.picked[i]) == NONE
                    && (flags & OrderFlag.VIRTUAL.bit()) == 0
                    && !unshippedRefund[i]) {
                Order o = orders.get(i);
                long deadline = pickupDeadline(o, paid, w, industryHours);
                long outcome = deadline >= now ? deadline : Counting.endOfDay(today + w.pickupDeadlineDays());
                defaults.pickup[i] = requestedPickup(o, outcome, now, w);
                items.add(new OpenItem.UnpickedOrder(i, o.orderId(), deadline));
            }
            if (!escalated[i] && riskDeadline[i] != NONE) {
                defaults.escalate[i] = true;
                items.add(new OpenItem.EscalationRisk(i, orders.get(i).orderId(), riskDeadline[i]));
            }
        }
        return new OpenItems(items, defaults);
    }

    /**
     * The pickup deadline of an order paid at {@code paid}: {@code promised_ship_by} for a presale, else {@code
     * industryHours} after payment for the listed industries, else 23:59:59 of the day {@code pickupDeadlineDays}
     * after the payment day.
     */
    static long pickupDeadline(Order o, long paid, WorkItemRules w, @Nullable Long industryHours) {
        if (o.has(OrderFlag.PRESALE) && o.promisedShipBy() != NONE) {
            return o.promisedShipBy();
        }
        if (industryHours != null) {
            return paid + industryHours * Timestamps.HOUR;
        }
        return Counting.endOfDay(Timestamps.epochDay(paid) + w.pickupDeadlineDays());
    }

    /**
     * When an order is expected to be picked up if nobody acts: {@code outcome}, or the courier lead time after the
     * merchant's request for a pickup when that is still ahead (a request whose lead time ran out did not work).
     */
    static long requestedPickup(Order o, long outcome, long now, WorkItemRules w) {
        long requested = o.pickupRequestedAt();
        if (requested == NONE || requested > now) {
            return outcome;
        }
        long expected = requested + w.courierLeadMinutes() * Timestamps.MINUTE;
        return expected >= now ? Math.min(expected, outcome) : outcome;
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
