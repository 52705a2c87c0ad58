package com.scoredesk.scoring.score;

import static com.scoredesk.scoring.model.Timestamps.NONE;
import static com.scoredesk.scoring.score.Counting.*;

import com.scoredesk.scoring.model.AfterSale;
import com.scoredesk.scoring.model.AfterSaleType;
import com.scoredesk.scoring.model.Escalation;
import com.scoredesk.scoring.model.EscalationKind;
import com.scoredesk.scoring.model.ReasonCategory;
import com.scoredesk.scoring.model.ShopData;
import com.scoredesk.scoring.model.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * One pass over a shop's rows for one scored day: fills the counters, and keeps what the impact pricing needs to
 * recompute one row's contribution (the facts of each order, which sessions count).
 *
 * <p>After-sales, escalations and sessions come first (they give orders their facts); then orders and rounds are
 * added in chunks that run in parallel on large shops, each into its own counters, summed at the end.
 */
final class Pass {

    /** Below this many orders a pass runs on the calling thread only. */
    private static final int PARALLEL_FROM = 200_000;

    /** The order loop of a parallel pass is cut into this many chunks. */
    private static final int CHUNKS = 24;

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
        this.orderBits = new int[index.orders];
        this.valid = new boolean[index.orders];
        this.sessionCounts = new boolean[index.sessionStarted.length];
        run();
    }

    private boolean validOrder(int o) {
        return counting.isValid(index.flags[o], index.amount[o], index.paid[o]);
    }

    private void run() {
        Counting k = counting;
        long[] c = counters;
        List<AfterSale> afterSales = data.afterSales();
        for (int a = 0; a < afterSales.size(); a++) {
            AfterSale as = afterSales.get(a);
            long applied = k.eff(as.appliedAt());
            if (applied == NONE) {
                continue;
            }
            int o = as.order();
            orderBits[o] |= reasonBits(as, applied, k);
            if (validOrder(o)) {
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
            for (int i = 0; i < index.orders; i++) {
                if (defaults.escalate[i]) {
                    orderBits[i] |= escalationBits(defaults.now, defaults.escalationKind, k);
                }
            }
        }
        DataIndex x = index;
        for (int s = 0; s < x.sessionStarted.length; s++) {
            if (!x.sessionHuman[s]) {
                continue;
            }
            long started = k.eff(x.sessionStarted[s]);
            if (started == NONE) {
                continue;
            }
            if (x.sessionOrder[s] >= 0 && k.inMain(started)) {
                orderBits[x.sessionOrder[s]] |= SESSION_IN_WINDOW;
            }
            int first = x.firstRound[s];
            long firstMessage = NONE;
            long firstReply = NONE;
            if (first >= 0) {
                firstMessage = k.eff(x.roundMessage[first]);
                firstReply = reply(first);
            }
            k.addSession(c, x.sessionRating[s], started, firstMessage, firstReply, 1);
            sessionCounts[s] = k.sessionCounts(started);
        }
        int n = index.orders;
        if (n < PARALLEL_FROM) {
            addOrders(c, 0, n);
            addRounds(c, 0, index.roundSession.length);
        } else {
            addInParallel(c, n);
        }
        for (Violation v : data.violations()) {
            long t = k.eff(v.occurredAt());
            if (k.inMain(t)) {
                c[Slots.VIOL_TOTAL]++;
                c[Slots.VIOL_KIND + v.kind().ordinal()]++;
            }
        }
    }

    /**
     * Adds orders and rounds in chunks taken from a shared counter by the calling thread and by the common pool's
     * workers, each into its own counters, so the work balances itself whatever else the machine does.
     */
    private void addInParallel(long[] c, int n) {
        int rounds = index.roundSession.length;
        int orderChunks = CHUNKS;
        int roundChunks = Math.max(1, CHUNKS * rounds / Math.max(1, n));
        int chunks = orderChunks + roundChunks;
        AtomicInteger next = new AtomicInteger();
        Callable<long[]> worker = () -> {
            long[] part = new long[Slots.SIZE];
            for (int k = next.getAndIncrement(); k < chunks; k = next.getAndIncrement()) {
                if (k < orderChunks) {
                    addOrders(part, (int) ((long) n * k / orderChunks), (int) ((long) n * (k + 1) / orderChunks));
                } else {
                    int r = k - orderChunks;
                    addRounds(part, (int) ((long) rounds * r / roundChunks), (int)
                            ((long) rounds * (r + 1) / roundChunks));
                }
            }
            return part;
        };
        int helpers = Math.max(
                1,
                Math.min(
                        ForkJoinPool.getCommonPoolParallelism(),
                        Runtime.getRuntime().availableProcessors() - 1));
        List<ForkJoinTask<long[]>> tasks = new ArrayList<>();
        for (int h = 0; h < helpers; h++) {
            tasks.add(ForkJoinPool.commonPool().submit(worker));
        }
        List<long[]> parts = new ArrayList<>();
        try {
            parts.add(worker.call());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        for (ForkJoinTask<long[]> task : tasks) {
            parts.add(task.join());
        }
        for (long[] part : parts) {
            for (int j = 0; j < Slots.SIZE; j++) {
                c[j] += part[j];
            }
        }
    }

    private void addOrders(long[] c, int from, int to) {
        Counting k = counting;
        DataIndex x = index;
        boolean dropApproved = k.rules.approvedAppealsExcluded();
        for (int i = from; i < to; i++) {
            if (!validOrder(i)) {
                orderBits[i] = 0;
                continue;
            }
            valid[i] = true;
            int bits = orderBits[i];
            if (k.eff(x.firstReviewAt[i]) != NONE) {
                int rating = x.firstReviewRating[i];
                if (!(dropApproved && (rating & DataIndex.APPROVED) != 0)) {
                    bits |= rating & RATING_MASK;
                }
            }
            orderBits[i] = bits;
            k.addOrder(
                    c,
                    x.flags[i],
                    x.from[i],
                    x.to[i],
                    x.due[i],
                    x.paid[i],
                    picked(i),
                    k.eff(x.signed[i]),
                    bits,
                    1,
                    i == settledOrder);
        }
    }

    private void addRounds(long[] c, int from, int to) {
        Counting k = counting;
        DataIndex x = index;
        int[] sessions = x.roundSession;
        for (int j = from; j < to; j++) {
            if (sessionCounts[sessions[j]]) {
                long message = k.eff(x.roundMessage[j]);
                if (message != NONE) {
                    k.addRound(c, message, reply(j), 1);
                }
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
    long picked(int i) {
        long t = counting.eff(index.picked[i]);
        if (t == NONE && defaults != null) {
            return defaults.pickup[i];
        }
        return t;
    }

    /** The effective reply time of round {@code j}: known, else a reply given as an outcome. */
    long reply(int j) {
        long t = counting.eff(index.roundReply[j]);
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
