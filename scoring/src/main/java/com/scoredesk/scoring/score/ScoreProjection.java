package com.scoredesk.scoring.score;

import static com.scoredesk.scoring.model.Timestamps.NONE;
import static com.scoredesk.scoring.score.Counting.COMPLAINT;
import static com.scoredesk.scoring.score.Counting.ESCALATED_IN_WINDOW;
import static com.scoredesk.scoring.score.Counting.RATING_MASK;

import com.scoredesk.scoring.Fraction;
import com.scoredesk.scoring.model.AfterSale;
import com.scoredesk.scoring.model.AppealStatus;
import com.scoredesk.scoring.model.ImRound;
import com.scoredesk.scoring.model.ImSession;
import com.scoredesk.scoring.model.Order;
import com.scoredesk.scoring.model.Review;
import com.scoredesk.scoring.model.ShopData;
import com.scoredesk.scoring.model.Timestamps;
import com.scoredesk.scoring.rules.RuleSet;
import com.scoredesk.scoring.rules.RuleSetRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The score's future as of "now" (section 8 of the contract): the projected score P(T+k) of the coming days —
 * today's data plus the default outcomes of every open item, no other new events — and the impact of acting on
 * each open item: P(T+1) with the item's action outcome minus P(T+1) with its default outcome, in the rule set's
 * points before the final rounding.
 *
 * <p>Pricing works on the per-indicator aggregates of P(T+1): an item changes the counters of the one row it is
 * about, and only the indicators whose counters changed are re-evaluated. The two outcomes of an item are
 * compared <em>settled</em>: an outcome that falls after T+1 00:00 (a pickup or an agreement at its deadline)
 * still counts in the window of T+1, with its real duration, so that both outcomes are measured on the same rows;
 * otherwise acting now could look worse than a default that simply has not happened yet.
 *
 * <p>Immutable and thread-safe.
 */
public final class ScoreProjection {

    private final ShopData data;
    private final long now;
    private final LocalDate today;
    private final Function<LocalDate, RuleSet> rulesFor;
    private final Counting tomorrow;
    private final OpenItems open;
    private final Pass base;
    private final Evaluator evaluator;
    private final Pricer pricer;
    private final DataIndex index;
    private final Map<Integer, ScoreResult> days = new ConcurrentHashMap<>();

    private ScoreProjection(ShopData data, Function<LocalDate, RuleSet> rulesFor, long now) {
        this.data = data;
        this.now = now;
        this.today = Timestamps.toDate(now);
        this.rulesFor = rulesFor;
        LocalDate next = today.plusDays(1);
        RuleSet rules = rulesFor.apply(next);
        this.tomorrow = new Counting(rules, data.shop(), next, now);
        this.open = OpenItems.find(data, tomorrow, now);
        this.base = new Pass(tomorrow, data, open.defaults);
        this.evaluator = new Evaluator(rules, data.shop());
        this.pricer = new Pricer(evaluator, base.counters);
        this.index = DataIndex.of(data);
    }

    /**
     * The projection of {@code data} at the instant of {@code clock}; each day is scored by the rule set {@code
     * registry} picks for it ({@code pinnedId} when set), with the shop's overrides.
     */
    public static ScoreProjection of(ShopData data, RuleSetRegistry registry, @Nullable String pinnedId, Clock clock) {
        return new ScoreProjection(
                data,
                day -> registry.resolve(day, pinnedId, data.shop()),
                clock.instant().toEpochMilli());
    }

    /** The projection of {@code data} at {@code now}, every day scored by {@code rules}. */
    public static ScoreProjection of(ShopData data, RuleSet rules, Instant now) {
        return new ScoreProjection(data, day -> rules, now.toEpochMilli());
    }

    public Instant now() {
        return Instant.ofEpochMilli(now);
    }

    /** T: today's date in Asia/Shanghai. */
    public LocalDate today() {
        return today;
    }

    /** The open work items at now. */
    public List<OpenItem> openItems() {
        return open.items;
    }

    /** P(T+k): the projected score of day T+{@code daysAhead} ({@code daysAhead} ≥ 1). */
    public ScoreResult projected(int daysAhead) {
        if (daysAhead < 1) {
            throw new IllegalArgumentException("days ahead must be at least 1: " + daysAhead);
        }
        return days.computeIfAbsent(daysAhead, k -> {
            if (k == 1) {
                return evaluator.evaluate(base.counters, tomorrow.day);
            }
            LocalDate day = today.plusDays(k);
            RuleSet rules = rulesFor.apply(day);
            Pass pass = new Pass(new Counting(rules, data.shop(), day, now), data, open.defaults);
            return new Evaluator(rules, data.shop()).evaluate(pass.counters, day);
        });
    }

    /** P(T+1) … P(T+n), n the rule set's forecast days, with the bad events that leave the window each day. */
    public List<ProjectedDay> forecast() {
        int n = tomorrow.rules.workItems().forecastDays();
        List<List<ProjectedDay.LeavingEvent>> leaving = Leaving.find(data, tomorrow, today, n);
        List<ProjectedDay> forecast = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            forecast.add(new ProjectedDay(today.plusDays(k), projected(k), leaving.get(k - 1)));
        }
        return forecast;
    }

    /** The impact of acting on {@code item} now, from the aggregates of P(T+1). */
    public ItemImpact price(OpenItem item) {
        return new ItemImpact(item, pricer.impact(delta(item, true), delta(item, false)));
    }

    /** The impacts of {@code items} in worklist order: largest impact first, then the earliest deadline. */
    public List<ItemImpact> price(Collection<? extends OpenItem> items) {
        List<ItemImpact> priced = new ArrayList<>(items.size());
        for (OpenItem item : items) {
            priced.add(price(item));
        }
        priced.sort(ItemImpact.WORKLIST_ORDER);
        return priced;
    }

    /** Every open item, priced, in worklist order. */
    public List<ItemImpact> worklist() {
        return price(open.items);
    }

    /**
     * The impact of {@code item} recomputed from the rows: the shop's data with each outcome written in, scored by
     * a full pass. Slow; it is the reference the aggregate pricing is checked against.
     */
    public Fraction recomputedImpact(OpenItem item) {
        Fraction action = recomputedTotal(item, true);
        Fraction fallback = recomputedTotal(item, false);
        return action == null || fallback == null ? Fraction.ZERO : action.subtract(fallback);
    }

    private @Nullable Fraction recomputedTotal(OpenItem item, boolean action) {
        Defaults outcome = open.defaults.copy();
        ShopData rows = data;
        int settledOrder = -1;
        int settledAfterSale = -1;
        switch (item) {
            case OpenItem.UnansweredRound r -> {
                if (action) {
                    outcome.reply[r.round()] = now;
                }
            }
            case OpenItem.PendingAfterSale p -> {
                outcome.agree[p.afterSale()] = action
                        ? OpenItems.agreeAction(open.defaults, p.afterSale())
                        : open.defaults.agree[p.afterSale()];
                settledAfterSale = p.afterSale();
            }
            case OpenItem.AppealableReview a -> {
                if (action) {
                    List<Review> reviews = new ArrayList<>(data.reviews());
                    reviews.set(a.review(), reviews.get(a.review()).withAppealStatus(AppealStatus.APPROVED));
                    rows = data.withReviews(reviews);
                }
            }
            case OpenItem.UnpickedOrder u -> {
                outcome.pickup[u.order()] = action
                        ? OpenItems.pickupAction(open.defaults, u.order(), tomorrow.rules.workItems())
                        : open.defaults.pickup[u.order()];
                settledOrder = u.order();
            }
            case OpenItem.EscalationRisk e -> {
                if (action) {
                    outcome.escalate[e.order()] = false;
                }
            }
        }
        Pass pass = new Pass(tomorrow, rows, outcome, settledOrder, settledAfterSale);
        return evaluator.evaluate(pass.counters, tomorrow.day).exactTotal();
    }

    /** How the counters of P(T+1) change when {@code item} has its action (or its default, settled) outcome. */
    private long[] delta(OpenItem item, boolean action) {
        long[] d = new long[Slots.SIZE];
        Counting k = tomorrow;
        Defaults defaults = open.defaults;
        switch (item) {
            case OpenItem.UnansweredRound r -> {
                if (!action) {
                    return d;
                }
                ImRound round = data.rounds().get(r.round());
                long message = k.eff(round.buyerMessageAt());
                if (base.sessionCounts[r.session()] && message != NONE) {
                    k.addRound(d, message, now, 1);
                    k.addRound(d, message, NONE, -1);
                }
                ImSession session = data.sessions().get(r.session());
                long started = k.eff(session.startedAt());
                if (index.firstRound[r.session()] == r.round() && session.human() && started != NONE) {
                    k.addSession(d, session, started, message, now, 1);
                    k.addSession(d, session, started, message, NONE, -1);
                }
            }
            case OpenItem.PendingAfterSale p -> {
                AfterSale as = data.afterSales().get(p.afterSale());
                if (!base.valid[as.order()]) {
                    return d;
                }
                long applied = k.eff(as.appliedAt());
                long closed = k.eff(as.closedAt());
                long agreed = action ? OpenItems.agreeAction(defaults, p.afterSale()) : defaults.agree[p.afterSale()];
                long refunded = Pass.refundsOnAgreement(as.type()) ? agreed : k.eff(as.refundedAt());
                k.addAfterSale(d, as, applied, agreed, refunded, closed, 1, true);
                k.addAfterSale(
                        d,
                        as,
                        applied,
                        base.agreed(p.afterSale(), as),
                        base.refunded(p.afterSale(), as),
                        closed,
                        -1,
                        false);
            }
            case OpenItem.AppealableReview a -> {
                if (action) {
                    changeOrder(d, a.order(), bits -> bits & ~RATING_MASK);
                }
            }
            case OpenItem.UnpickedOrder u -> {
                int i = u.order();
                Order o = data.orders().get(i);
                long picked = action ? OpenItems.pickupAction(defaults, i, k.rules.workItems()) : defaults.pickup[i];
                int bits = base.orderBits[i];
                long paid = k.eff(o.paidAt());
                long signed = k.eff(o.signedAt());
                k.addOrder(d, o, paid, picked, signed, bits, 1, true);
                k.addOrder(d, o, paid, base.picked(i), signed, bits, -1, false);
            }
            case OpenItem.EscalationRisk e -> {
                if (action) {
                    changeOrder(d, e.order(), bits -> bits & ~(ESCALATED_IN_WINDOW | COMPLAINT));
                }
            }
        }
        return d;
    }

    private void changeOrder(long[] d, int i, java.util.function.IntUnaryOperator change) {
        if (!base.valid[i]) {
            return;
        }
        Order o = data.orders().get(i);
        Counting k = tomorrow;
        int bits = base.orderBits[i];
        long paid = k.eff(o.paidAt());
        long picked = base.picked(i);
        long signed = k.eff(o.signedAt());
        k.addOrder(d, o, paid, picked, signed, change.applyAsInt(bits), 1, false);
        k.addOrder(d, o, paid, picked, signed, bits, -1, false);
    }
}
