package com.scoredesk.scoring.score;

import static com.scoredesk.scoring.model.Timestamps.DAY;
import static com.scoredesk.scoring.model.Timestamps.NONE;
import static com.scoredesk.scoring.score.Slots.*;

import com.scoredesk.scoring.model.AfterSale;
import com.scoredesk.scoring.model.AfterSaleType;
import com.scoredesk.scoring.model.ImSession;
import com.scoredesk.scoring.model.Order;
import com.scoredesk.scoring.model.OrderFlag;
import com.scoredesk.scoring.model.Province;
import com.scoredesk.scoring.model.Shop;
import com.scoredesk.scoring.model.Timestamps;
import com.scoredesk.scoring.rules.Clocks;
import com.scoredesk.scoring.rules.IndicatorSpec;
import com.scoredesk.scoring.rules.Point;
import com.scoredesk.scoring.rules.RuleSet;
import com.scoredesk.scoring.rules.WindowSpec;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How one row adds to the counters of the score of one day: the contribution functions the row pass and the
 * impact pricing share, so that pricing an item by a delta and recomputing from rows cannot disagree.
 *
 * <p>Every timestamp handed to these functions is already <em>effective</em>: {@link Timestamps#NONE} when empty
 * or not yet known. A timestamp at or after the cut-off {@link #cutoff} is not visible. A <em>settled</em>
 * outcome (impact pricing) counts in the window even when it falls after the cut-off.
 */
final class Counting {

    // order bits
    static final int RATING_MASK = 0b111;
    static final int AS_QUALITY = 1 << 3;
    static final int AS_LOGISTICS_QUALITY = 1 << 4;
    static final int AS_LOGISTICS_LIABLE = 1 << 5;
    static final int AS_DAMAGE = 1 << 6;
    static final int AS_ANY = 1 << 7;
    static final int AS_APPLIED_IN_WINDOW = 1 << 8;
    static final int SESSION_IN_WINDOW = 1 << 9;
    static final int ESCALATED_IN_WINDOW = 1 << 10;
    static final int COMPLAINT = 1 << 11;

    final RuleSet rules;
    final Shop shop;
    final LocalDate day;
    /** T 00:00: nothing at or after it is visible. */
    final long cutoff;
    /** Data timestamps at or after this are not known yet (the cut-off, or "now" for a projection). */
    final long known;

    final long mainFrom;
    final long gateFrom;
    final int excludedMask;
    final long lowPriceCutoffFen;

    final boolean hasNeg;
    final long negFrom;
    final long negTo;
    final boolean hasQrl;
    final long qrlFrom;
    final long qrlTo;
    final boolean hasComp;
    final long compFrom;
    final long compTo;
    final boolean hasPt;
    final long ptFrom;
    final long ptTo;
    final long[] ptLimits;
    final boolean hasDeliv;
    final long delivFrom;
    final long delivTo;
    final boolean hasDisp;
    final long dispFrom;
    final long dispTo;
    final boolean hasIm3;
    final long im3Within;
    final boolean hasRo;
    final long roFrom;
    final long roTo;
    final boolean hasRr;
    final long rrFrom;
    final long rrTo;
    final boolean hasGate;

    final boolean excludePresale;
    final int pickupExcludedMask;
    final int penaltyMask;
    final int lateAfterDays;
    final long[] segmentStarts;

    final int sameProvinceDays;
    final int[] routeDaysTo;
    final int defaultRouteDays;
    final boolean[] remote;

    final long pickupNightFrom;
    final long pickupNightTo;
    final long reviewNightFrom;
    final long reviewNightTo;
    final long serviceFrom;
    final long serviceTo;
    final long roundCap;

    Counting(RuleSet rules, Shop shop, LocalDate day, long known) {
        this.rules = rules;
        this.shop = shop;
        this.day = day;
        this.cutoff = Timestamps.startOfDay(day);
        this.known = Math.min(known, cutoff);
        this.mainFrom = daysBefore(rules.windowDays());
        this.excludedMask = mask(rules.excludedOrderFlags());
        this.lowPriceCutoffFen = rules.lowPriceCutoffFen();

        long[] w;
        hasNeg = rules.hasIndicator("negative_review_rate");
        w = window("negative_review_rate");
        negFrom = w[0];
        negTo = w[1];
        hasQrl = rules.hasIndicator("quality_return_rate_lagged");
        w = window("quality_return_rate_lagged");
        qrlFrom = w[0];
        qrlTo = w[1];
        hasComp = rules.hasIndicator("complaint_rate_lagged");
        w = window("complaint_rate_lagged");
        compFrom = w[0];
        compTo = w[1];
        hasPt = rules.hasIndicator("pickup_timely_rate");
        w = window("pickup_timely_rate");
        ptFrom = w[0];
        ptTo = w[1];
        List<Point> buckets = rules.indicator("pickup_timely_rate")
                .map(IndicatorSpec::buckets)
                .orElse(List.of());
        if (buckets.size() > MAX_BUCKETS) {
            throw new IllegalArgumentException("at most " + MAX_BUCKETS + " pickup buckets");
        }
        ptLimits = new long[buckets.size()];
        for (int k = 0; k < buckets.size(); k++) {
            ptLimits[k] = millis(buckets.get(k).value(), Timestamps.HOUR);
        }
        hasDeliv = rules.hasIndicator("delivery_hours");
        w = window("delivery_hours");
        delivFrom = w[0];
        delivTo = w[1];
        hasDisp = rules.hasIndicator("dispute_merchant_rate");
        w = window("dispute_merchant_rate");
        dispFrom = w[0];
        dispTo = w[1];
        hasIm3 = rules.hasIndicator("im_3min_reply_rate");
        im3Within = rules.indicator("im_3min_reply_rate")
                        .map(IndicatorSpec::withinSeconds)
                        .orElse(0L)
                * Timestamps.SECOND;
        hasRo = rules.hasIndicator("refund_only_hours");
        w = window("refund_only_hours");
        roFrom = w[0];
        roTo = w[1];
        hasRr = rules.hasIndicator("return_refund_hours");
        w = window("return_refund_hours");
        rrFrom = w[0];
        rrTo = w[1];
        hasGate = rules.gate() != null;
        gateFrom = hasGate ? daysBefore(rules.gate().windowDays()) : cutoff;

        excludePresale = rules.pickup().excludePresale();
        pickupExcludedMask = OrderFlag.VIRTUAL.bit() | (excludePresale ? OrderFlag.PRESALE.bit() : 0);
        penaltyMask = mask(rules.pickup().penaltyFlags());
        lateAfterDays = rules.pickup().lateAfterDays();
        List<Point> points = rules.pickup().scorePoints();
        if (points.size() > MAX_POINTS) {
            throw new IllegalArgumentException("at most " + MAX_POINTS + " pickup score points");
        }
        segmentStarts = new long[points.size()];
        for (int k = 0; k < points.size(); k++) {
            segmentStarts[k] = millis(points.get(k).value(), Timestamps.HOUR);
        }

        sameProvinceDays = rules.delivery().sameProvinceDays();
        defaultRouteDays = rules.delivery().defaultDays();
        Province[] provinces = Province.values();
        routeDaysTo = new int[provinces.length];
        remote = new boolean[provinces.length];
        for (Province p : provinces) {
            routeDaysTo[p.ordinal()] = rules.delivery().days(null, p);
            remote[p.ordinal()] = rules.remoteProvinces().contains(p);
        }

        Clocks clocks = rules.clocks();
        pickupNightFrom = clocks.pickupNightFrom().toNanoOfDay() / 1_000_000;
        pickupNightTo = clocks.pickupNightTo().toNanoOfDay() / 1_000_000;
        reviewNightFrom = clocks.reviewNightFrom().toNanoOfDay() / 1_000_000;
        reviewNightTo = clocks.reviewNightTo().toNanoOfDay() / 1_000_000;
        serviceFrom = clocks.serviceFrom().toNanoOfDay() / 1_000_000;
        serviceTo = clocks.serviceTo().toNanoOfDay() / 1_000_000;
        roundCap = clocks.roundReplyCapSeconds() * Timestamps.SECOND;
    }

    private long daysBefore(int days) {
        return Timestamps.startOfDay(day.minusDays(days));
    }

    private long[] window(String indicatorId) {
        WindowSpec spec =
                rules.indicator(indicatorId).map(IndicatorSpec::window).orElse(null);
        if (spec == null) {
            return new long[] {mainFrom, cutoff};
        }
        return new long[] {daysBefore(spec.fromDaysBefore()), daysBefore(spec.toDaysBefore())};
    }

    private static int mask(Iterable<OrderFlag> flags) {
        int m = 0;
        for (OrderFlag f : flags) {
            m |= f.bit();
        }
        return m;
    }

    private static long millis(java.math.BigDecimal hours, long unit) {
        return hours.multiply(java.math.BigDecimal.valueOf(unit)).longValueExact();
    }

    // ------------------------------------------------------------------ time rules

    /** {@code t} if it is known before the cut-off, else {@link Timestamps#NONE}. */
    long eff(long t) {
        return t < known ? t : NONE;
    }

    boolean inMain(long t) {
        return t >= mainFrom && t < cutoff;
    }

    /** 23:59:59 of the epoch day {@code epochDay}. */
    static long endOfDay(long epochDay) {
        return Timestamps.startOfDay(epochDay + 1) - Timestamps.SECOND;
    }

    /** Shanghai is UTC+8 for every instant from here on (no daylight saving since 1991). */
    private static final long FIXED_FROM = Timestamps.startOfDay(java.time.LocalDate.of(1992, 1, 1));

    private static final long OFFSET = 8 * Timestamps.HOUR;

    /** The Shanghai epoch day of {@code t}. */
    static long dayOf(long t) {
        return t >= FIXED_FROM ? (t + OFFSET) / DAY : Timestamps.epochDay(t);
    }

    /** 00:00 Shanghai of {@code epochDay}. */
    static long startOf(long epochDay) {
        long t = epochDay * DAY - OFFSET;
        return t >= FIXED_FROM ? t : Timestamps.startOfDay(epochDay);
    }

    /** Start of a clock at {@code t} that waits through the night window [from, to) until {@code to}. */
    static long clockStart(long t, long nightFrom, long nightTo) {
        long day = dayOf(t);
        long midnight = startOf(day);
        long tod = t - midnight;
        if (nightFrom > nightTo) {
            if (tod >= nightFrom) {
                return startOf(day + 1) + nightTo;
            }
            if (tod < nightTo) {
                return midnight + nightTo;
            }
            return t;
        }
        if (tod >= nightFrom && tod < nightTo) {
            return midnight + nightTo;
        }
        return t;
    }

    long pickupStart(long paid) {
        return clockStart(paid, pickupNightFrom, pickupNightTo);
    }

    long reviewStart(long applied) {
        return clockStart(applied, reviewNightFrom, reviewNightTo);
    }

    boolean inServiceHours(long t) {
        long tod = t - startOf(dayOf(t));
        return tod >= serviceFrom && tod < serviceTo;
    }

    /** The waybill's deadline: {@code delivery_due_at}, else 23:59:59 of the route's days after the pickup day. */
    long deliveryDeadline(Order o, long picked) {
        return deliveryDeadline(code(o.shipFrom()), code(o.shipTo()), o.deliveryDueAt(), picked);
    }

    /**
     * The waybill's deadline from province codes (ordinal + 1, 0 when unknown): {@code due} when given, else
     * 23:59:59 of the day the route's number of days after the pickup day.
     */
    long deliveryDeadline(int from, int to, long due, long picked) {
        if (due != NONE) {
            return due;
        }
        int days;
        if (from != 0 && from == to) {
            days = sameProvinceDays;
        } else if (to != 0) {
            days = routeDaysTo[to - 1];
        } else {
            days = defaultRouteDays;
        }
        return startOf(dayOf(picked) + days + 1) - Timestamps.SECOND;
    }

    static int code(@Nullable Province p) {
        return p == null ? 0 : p.ordinal() + 1;
    }

    /** A pickup later than this is late: 23:59:59 of the day {@code lateAfterDays} after the payment day. */
    long lateDeadline(long paid) {
        return startOf(dayOf(paid) + lateAfterDays + 1) - Timestamps.SECOND;
    }

    /** A valid paid order: paid (visibly), none of the excluded flags, not a low-price order. */
    boolean isValid(Order o) {
        return isValid(o.flags(), o.amountPaidFen(), o.paidAt());
    }

    boolean isValid(int flags, long amount, long paid) {
        return paid < known && (flags & excludedMask) == 0 && (amount == Order.NO_AMOUNT || amount > lowPriceCutoffFen);
    }

    // ------------------------------------------------------------------ contributions

    /**
     * Adds ({@code s = 1}) or removes ({@code s = -1}) a valid order.
     *
     * @param paid effective payment time (visible)
     * @param picked effective pickup time, possibly after the cut-off
     * @param signed effective sign-off time
     * @param bits the order's facts from its after-sales, sessions, escalations and first review
     * @param settled count the pickup in the window whatever its time (impact pricing)
     */
    void addOrder(long[] c, Order o, long paid, long picked, long signed, int bits, int s, boolean settled) {
        addOrder(
                c,
                o.flags(),
                code(o.shipFrom()),
                code(o.shipTo()),
                o.deliveryDueAt(),
                paid,
                picked,
                signed,
                bits,
                s,
                settled);
    }

    /** {@link #addOrder(long[], Order, long, long, long, int, int, boolean)} from the order's columns. */
    void addOrder(
            long[] c,
            int flags,
            int from,
            int to,
            long due,
            long paid,
            long picked,
            long signed,
            int bits,
            int s,
            boolean settled) {
        int rating = bits & RATING_MASK;
        if (paid >= mainFrom) {
            c[VALID_PAID] += s;
            if ((flags & OrderFlag.NEXT_DAY_DELIVERY.bit()) != 0) {
                c[NEXT_DAY] += s;
            }
            if ((flags & OrderFlag.FREIGHT_INSURANCE.bit()) != 0) {
                c[FREIGHT_INS] += s;
            }
            if ((flags & OrderFlag.BULKY_FREIGHT_INSURANCE.bit()) != 0) {
                c[BULKY_INS] += s;
            }
            if ((flags & OrderFlag.HOME_INSTALLATION.bit()) != 0) {
                c[HOME_INSTALL] += s;
            }
            if ((bits & AS_LOGISTICS_LIABLE) != 0) {
                c[LR_NUM] += s;
            }
            if ((bits & AS_DAMAGE) != 0) {
                c[DR_NUM] += s;
            }
        }
        boolean signedVisible = signed < cutoff;
        if (signedVisible && signed >= mainFrom) {
            c[SIGNED_VALID] += s;
            c[QR_POP] += s;
            if ((bits & AS_QUALITY) != 0) {
                c[QR_NUM] += s;
            }
            if (rating > 0) {
                c[RATING_POP] += s;
                c[RATING_SUM] += (long) s * rating;
                if (rating <= 2) {
                    c[LOW_RATING] += s;
                }
            }
            if (to != 0 && remote[to - 1] && (bits & AS_ANY) == 0) {
                c[REMOTE] += s;
            }
        }
        if (hasNeg && signed >= negFrom && signed < negTo) {
            c[NEG_POP] += s;
            if (rating > 0 && rating <= 2) {
                c[NEG_NUM] += s;
            }
        }
        if (hasQrl && paid >= qrlFrom && paid < qrlTo) {
            c[QRL_POP] += s;
            if ((bits & (AS_QUALITY | AS_LOGISTICS_QUALITY | AS_DAMAGE)) != 0) {
                c[QRL_NUM] += s;
            }
        }
        if (hasComp && paid >= compFrom && paid < compTo) {
            c[COMP_POP] += s;
            if ((bits & COMPLAINT) != 0) {
                c[COMP_NUM] += s;
            }
        }
        if ((bits & (AS_APPLIED_IN_WINDOW | SESSION_IN_WINDOW)) != 0) {
            c[HELP_POP] += s;
            if ((bits & ESCALATED_IN_WINDOW) != 0) {
                c[HELP_NUM] += s;
            }
        }
        if (picked == NONE) {
            return;
        }
        boolean pickedVisible = picked < cutoff || settled;
        if ((flags & pickupExcludedMask) == 0) {
            if (settled ? picked >= mainFrom : picked >= mainFrom && picked < cutoff) {
                addPickup(c, paid, picked, flags, s);
            }
            if (hasPt && (settled ? picked >= ptFrom : picked >= ptFrom && picked < ptTo)) {
                c[PT_POP] += s;
                long h = Math.max(0, picked - paid);
                for (int k = 0; k < ptLimits.length; k++) {
                    if (h <= ptLimits[k]) {
                        c[PT_BUCKET + k] += s;
                        break;
                    }
                }
            }
            if (hasDeliv && pickedVisible && signed >= delivFrom && signed < delivTo) {
                c[DELIV_POP] += s;
                c[DELIV_SUM] += s * Math.max(0, signed - picked);
            }
        }
        if ((flags & OrderFlag.VIRTUAL.bit()) == 0 && pickedVisible) {
            long deadline = deliveryDeadline(from, to, due, picked);
            if (deadline >= mainFrom && deadline < cutoff) {
                c[WB_POP] += s;
                if (signedVisible && signed <= deadline && (flags & OrderFlag.TRACE_COMPENSATION.bit()) == 0) {
                    c[WB_MET] += s;
                }
            }
        }
    }

    private void addPickup(long[] c, long paid, long picked, int flags, int s) {
        c[PK_POP] += s;
        long hours = Math.max(0, picked - pickupStart(paid));
        c[PK_SUM] += s * hours;
        if (picked > lateDeadline(paid)) {
            c[PK_LATE] += s;
        }
        if ((flags & penaltyMask) != 0) {
            c[PK_PENALTY] += s;
            return;
        }
        long[] starts = segmentStarts;
        int k = starts.length - 1;
        for (int j = 1; j < starts.length; j++) {
            if (hours <= starts[j]) {
                k = j - 1;
                break;
            }
        }
        c[PK_SEG_COUNT + k] += s;
        c[PK_SEG_SUM + k] += s * (hours - starts[k]);
    }

    /**
     * Adds or removes an after-sale of a valid order.
     *
     * @param agreed effective agreement time
     * @param refunded effective refund time
     * @param closed effective closing time
     * @param settled count the refund in the window whatever its time (impact pricing)
     */
    void addAfterSale(
            long[] c, AfterSale a, long applied, long agreed, long refunded, long closed, int s, boolean settled) {
        boolean refundedVisible = refunded != NONE && (settled || refunded < cutoff);
        AfterSaleType type = a.type();
        if (refundedVisible
                && (type == AfterSaleType.REFUND_SHIPPED || type == AfterSaleType.RETURN_REFUND)
                && !a.platformInitiated()
                && agreed != NONE
                && (settled || agreed < cutoff)
                && (settled ? refunded >= mainFrom : refunded >= mainFrom && refunded < cutoff)) {
            c[ASR_POP] += s;
            c[ASR_SUM] += s * Math.max(0, agreed - reviewStart(applied));
        }
        if (hasDisp) {
            long finished = refundedVisible ? refunded : (closed < cutoff ? closed : NONE);
            if (finished != NONE && (settled ? finished >= dispFrom : finished >= dispFrom && finished < dispTo)) {
                c[DISP_POP] += s;
                if (a.arbitration() && a.merchantResponsible()) {
                    c[DISP_NUM] += s;
                }
            }
        }
        if (refundedVisible && !a.arbitration()) {
            if (hasRo
                    && (type == AfterSaleType.REFUND_UNSHIPPED || type == AfterSaleType.REFUND_SHIPPED)
                    && (settled ? refunded >= roFrom : refunded >= roFrom && refunded < roTo)) {
                c[RO_POP] += s;
                c[RO_SUM] += s * Math.max(0, refunded - applied);
            }
            if (hasRr
                    && type == AfterSaleType.RETURN_REFUND
                    && (settled ? refunded >= rrFrom : refunded >= rrFrom && refunded < rrTo)) {
                c[RR_POP] += s;
                c[RR_SUM] += s * Math.max(0, refunded - applied);
            }
        }
    }

    /** Whether a human session's rounds count: started in the window during service hours. */
    boolean sessionCounts(long started) {
        return inMain(started) && inServiceHours(started);
    }

    /**
     * Adds or removes a human session started (visibly) at {@code started}.
     *
     * @param firstMessage effective message time of its first round, {@link Timestamps#NONE} when none
     * @param firstReply effective reply time of its first round
     */
    void addSession(long[] c, ImSession session, long started, long firstMessage, long firstReply, int s) {
        addSession(c, session.rating(), started, firstMessage, firstReply, s);
    }

    /** {@link #addSession(long[], ImSession, long, long, long, int)} from the session's rating. */
    void addSession(long[] c, int rating, long started, long firstMessage, long firstReply, int s) {
        boolean service = inServiceHours(started);
        if (service && inMain(started)) {
            if (rating > 0) {
                c[DIS_POP] += s;
                if (rating <= 3) {
                    c[DIS_NUM] += s;
                }
            }
            if (hasIm3) {
                c[IM3_POP] += s;
                if (firstMessage < cutoff && firstReply < cutoff && firstReply - firstMessage <= im3Within) {
                    c[IM3_NUM] += s;
                }
            }
        }
        if (hasGate && service && started >= gateFrom && started < cutoff && rating > 0) {
            c[GATE_POP] += s;
            if (rating <= 3) {
                c[GATE_NUM] += s;
            }
        }
    }

    /** Adds or removes a visible round of a counted session. */
    void addRound(long[] c, long message, long reply, int s) {
        c[RND_POP] += s;
        long t = reply < cutoff ? Math.min(Math.max(0, reply - message), roundCap) : roundCap;
        c[RND_SUM] += s * t;
    }
}
