package com.scoredesk.scoring.score;

import static com.scoredesk.scoring.model.Timestamps.NONE;
import static com.scoredesk.scoring.score.Counting.*;

import com.scoredesk.scoring.model.AfterSale;
import com.scoredesk.scoring.model.AfterSaleType;
import com.scoredesk.scoring.model.AppealStatus;
import com.scoredesk.scoring.model.Escalation;
import com.scoredesk.scoring.model.EscalationKind;
import com.scoredesk.scoring.model.ImRound;
import com.scoredesk.scoring.model.ImSession;
import com.scoredesk.scoring.model.Order;
import com.scoredesk.scoring.model.ReasonCategory;
import com.scoredesk.scoring.model.Review;
import com.scoredesk.scoring.model.ShopData;
import com.scoredesk.scoring.model.Violation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One pass over a shop's rows for one scored day: fills the counters, and keeps what the impact pricing needs to
 * recompute one row's contribution (the facts of each order, which sessions count).
 */
final class Pass {

    final Counting counting;
    final ShopData data;
    final DataIndex index;
    final @Nullable Defaults defaults;
    final long[] counters = new long[Slots.SIZE];
    /** Facts of each valid order (see {@link Counting}); 0 for other orders. */
    final int[] orderBits;
    /** Whether each order is a valid paid order in this pass. */
    final boolean[] valid;
    /** Whether each session's rounds count. */
    final boolean[] sessionCounts;
    /** The order whose pickup, and the after-sale whose refund, count as settled (pricing), or -1. */
    private final int settledOrder;

    private final int settledAfterSale;

    Pass(Counting counting, ShopData data, @Nullable Defaults defaults) {
        this(counting, data, defaults, -1, -1);
    }

    Pass(Counting counting, ShopData data, @Nullable Defaults defaults, int settledOrder, int settledAfterSale) {
        this.counting = counting;
        this.data = data;
        this.index = DataIndex.of(data);
        this.defaults = defaults;
        this.settledOrder = settledOrder;
        this.settledAfterSale = settledAfterSale;
        this.orderBits = new int[data.orders().size()];
        this.valid = new boolean[data.orders().size()];
        this.sessionCounts = new boolean[data.sessions().size()];
        run();
    }

    private void run() {
        Counting k = counting;
        long[] c = counters;
        List<Order> orders = data.orders();
        for (int i = 0; i < orders.size(); i++) {
            valid[i] = k.isValid(orders.get(i));
        }
        List<AfterSale> afterSales = data.afterSales();
        for (int a = 0; a < afterSales.size(); a++) {
            AfterSale as = afterSales.get(a);
            long applied = k.eff(as.appliedAt());
            if (applied == NONE) {
                continue;
            }
            int o = as.order();
            orderBits[o] |= reasonBits(as, applied, k);
            if (valid[o]) {
                k.addAfterSale(
                        c, as, applied, agreed(a, as), refunded(a, as), k.eff(as.closedAt()), 1, a == settledAfterSale);
            }
        }
        for (Escalation e : data.escalations()) {
            long t = k.eff(e.escalatedAt());
            if (t != NONE) {
                orderBits[e.order()] |= escalationBits(t, e.kind(), k);
            }
        }
        if (defaults != null) {
            for (int i = 0; i < orders.size(); i++) {
                if (defaults.escalate[i]) {
                    orderBits[i] |= escalationBits(defaults.now, defaults.escalationKind, k);
                }
            }
        }
        List<ImSession> sessions = data.sessions();
        List<ImRound> rounds = data.rounds();
        for (int s = 0; s < sessions.size(); s++) {
            ImSession session = sessions.get(s);
            if (!session.human()) {
                continue;
            }
            long started = k.eff(session.startedAt());
            if (started == NONE) {
                continue;
            }
            if (session.hasOrder() && k.inMain(started)) {
                orderBits[session.order()] |= SESSION_IN_WINDOW;
            }
            int first = index.firstRound[s];
            long firstMessage = NONE;
            long firstReply = NONE;
            if (first >= 0) {
                ImRound r = rounds.get(first);
                firstMessage = k.eff(r.buyerMessageAt());
                firstReply = reply(first, r);
            }
            k.addSession(c, session, started, firstMessage, firstReply, 1);
            sessionCounts[s] = k.sessionCounts(started);
        }
        for (int j = 0; j < rounds.size(); j++) {
            ImRound r = rounds.get(j);
            if (sessionCounts[r.session()]) {
                long message = k.eff(r.buyerMessageAt());
                if (message != NONE) {
                    k.addRound(c, message, reply(j, r), 1);
                }
            }
        }
        List<Review> reviews = data.reviews();
        boolean dropApproved = k.rules.approvedAppealsExcluded();
        int[] firstReview = index.firstReview;
        for (int i = 0; i < orders.size(); i++) {
            if (!valid[i]) {
                orderBits[i] = 0;
                continue;
            }
            Order o = orders.get(i);
            int bits = orderBits[i];
            int r = firstReview[i];
            if (r >= 0) {
                Review review = reviews.get(r);
                if (k.eff(review.createdAt()) != NONE
                        && !(dropApproved && review.appealStatus() == AppealStatus.APPROVED)) {
                    bits |= review.productRating();
                }
            }
            orderBits[i] = bits;
            k.addOrder(c, o, k.eff(o.paidAt()), picked(i, o), k.eff(o.signedAt()), bits, 1, i == settledOrder);
        }
        for (Violation v : data.violations()) {
            long t = k.eff(v.occurredAt());
            if (k.inMain(t)) {
                c[Slots.VIOL_TOTAL]++;
                c[Slots.VIOL_KIND + v.kind().ordinal()]++;
            }
        }
    }

    static int reasonBits(AfterSale as, long applied, Counting k) {
        int bits = AS_ANY;
        ReasonCategory reason = as.firstReasonCategory();
        if (reason == ReasonCategory.QUALITY) {
            bits |= AS_QUALITY;
        } else if (reason == ReasonCategory.LOGISTICS_QUALITY) {
            bits |= AS_LOGISTICS_QUALITY;
            if (as.logisticsLiability()) {
                bits |= AS_LOGISTICS_LIABLE;
            }
        } else if (reason == ReasonCategory.DAMAGE) {
            bits |= AS_DAMAGE;
        }
        if (k.inMain(applied)) {
            bits |= AS_APPLIED_IN_WINDOW;
        }
        return bits;
    }

    static int escalationBits(long t, EscalationKind kind, Counting k) {
        int bits = 0;
        if (k.inMain(t)) {
            bits |= ESCALATED_IN_WINDOW;
        }
        if (kind == EscalationKind.COMPLAINT) {
            bits |= COMPLAINT;
        }
        return bits;
    }

    /** The effective pickup time of order {@code i}: known, else its default outcome. */
    long picked(int i, Order o) {
        long t = counting.eff(o.pickedUpAt());
        if (t == NONE && defaults != null) {
            return defaults.pickup[i];
        }
        return t;
    }

    /** The effective reply time of round {@code j}: known, else a reply given as an outcome. */
    long reply(int j, ImRound r) {
        long t = counting.eff(r.humanReplyAt());
        if (t == NONE && defaults != null) {
            return defaults.reply[j];
        }
        return t;
    }

    /** The effective agreement time of after-sale {@code a}: known, else its default outcome. */
    long agreed(int a, AfterSale as) {
        long t = counting.eff(as.agreedAt());
        if (t == NONE && defaults != null) {
            return defaults.agree[a];
        }
        return t;
    }

    /** The effective refund time: known, else the default agreement for a refund-only after-sale. */
    long refunded(int a, AfterSale as) {
        long t = counting.eff(as.refundedAt());
        if (t == NONE && defaults != null && refundsOnAgreement(as.type()) && counting.eff(as.agreedAt()) == NONE) {
            return defaults.agree[a];
        }
        return t;
    }

    /** Agreeing to a refund-only after-sale is the refund; a return is refunded only when the goods come back. */
    static boolean refundsOnAgreement(AfterSaleType type) {
        return type == AfterSaleType.REFUND_UNSHIPPED || type == AfterSaleType.REFUND_SHIPPED;
    }
}
