package com.scoredesk.scoring.score;

import static com.scoredesk.scoring.model.Timestamps.NONE;

import com.scoredesk.scoring.model.AfterSale;
import com.scoredesk.scoring.model.AppealStatus;
import com.scoredesk.scoring.model.Escalation;
import com.scoredesk.scoring.model.EscalationKind;
import com.scoredesk.scoring.model.ImSession;
import com.scoredesk.scoring.model.Order;
import com.scoredesk.scoring.model.OrderFlag;
import com.scoredesk.scoring.model.Review;
import com.scoredesk.scoring.model.ShopData;
import com.scoredesk.scoring.model.Timestamps;
import com.scoredesk.scoring.model.Violation;
import com.scoredesk.scoring.rules.IndicatorSpec;
import com.scoredesk.scoring.rules.RuleSet;
import com.scoredesk.scoring.rules.WindowSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The bad events known now that leave the window on each coming day: an event anchored on day a is in the window
 * of day D while a is in [D − N, D), so it leaves on day a + N + 1.
 */
final class Leaving {

    private final Counting k;
    private final long firstDay;
    private final List<List<ProjectedDay.LeavingEvent>> days = new ArrayList<>();

    private Leaving(Counting k, LocalDate today, int n) {
        this.k = k;
        this.firstDay = today.toEpochDay() + 1;
        for (int i = 0; i < n; i++) {
            days.add(new ArrayList<>());
        }
    }

    static List<List<ProjectedDay.LeavingEvent>> find(ShopData data, Counting tomorrow, LocalDate today, int n) {
        Leaving l = new Leaving(tomorrow, today, n);
        l.scan(data);
        return l.days.stream().map(List::copyOf).toList();
    }

    private int windowDays(String indicatorId) {
        RuleSet rules = k.rules;
        return rules.indicator(indicatorId)
                .map(IndicatorSpec::window)
                .map(WindowSpec::fromDaysBefore)
                .orElse(rules.windowDays());
    }

    private void add(String kind, String rowId, long anchor, int windowDays) {
        if (anchor == NONE) {
            return;
        }
        long anchorDay = Timestamps.epochDay(anchor);
        long leaves = anchorDay + windowDays + 1;
        int i = (int) (leaves - firstDay);
        if (i >= 0 && i < days.size()) {
            days.get(i).add(new ProjectedDay.LeavingEvent(kind, rowId, LocalDate.ofEpochDay(anchorDay)));
        }
    }

    private void scan(ShopData data) {
        RuleSet rules = k.rules;
        List<Order> orders = data.orders();
        int[] bits = new int[orders.size()];
        boolean[] complaint = new boolean[orders.size()];
        for (AfterSale as : data.afterSales()) {
            long applied = k.eff(as.appliedAt());
            if (applied != NONE) {
                bits[as.order()] |= Pass.reasonBits(as, applied, k);
            }
        }
        for (Escalation e : data.escalations()) {
            long at = k.eff(e.escalatedAt());
            if (at == NONE || !k.isValid(orders.get(e.order()))) {
                continue;
            }
            if (e.kind() == EscalationKind.COMPLAINT) {
                complaint[e.order()] = true;
            }
            if (rules.hasIndicator("platform_help_rate")) {
                add("escalation", e.escalationId(), at, rules.windowDays());
            }
        }
        DataIndex index = DataIndex.of(data);
        boolean lowRating = rules.hasIndicator("product_rating_avg") || rules.hasIndicator("negative_review_rate");
        int lowRatingDays =
                rules.hasIndicator("negative_review_rate") ? windowDays("negative_review_rate") : rules.windowDays();
        for (int i = 0; i < orders.size(); i++) {
            Order o = orders.get(i);
            if (!k.isValid(o)) {
                continue;
            }
            long paid = k.eff(o.paidAt());
            long signed = k.eff(o.signedAt());
            int r = index.firstReview[i];
            if (lowRating && r >= 0) {
                Review review = data.reviews().get(r);
                if (k.eff(review.createdAt()) != NONE
                        && review.productRating() > 0
                        && review.productRating() <= 2
                        && !(rules.approvedAppealsExcluded() && review.appealStatus() == AppealStatus.APPROVED)) {
                    add("low_rating_review", o.orderId(), signed, lowRatingDays);
                }
            }
            int b = bits[i];
            if (rules.hasIndicator("quality_return_rate") && (b & Counting.AS_QUALITY) != 0) {
                add("quality_return", o.orderId(), signed, rules.windowDays());
            }
            if (rules.hasIndicator("quality_return_rate_lagged")
                    && (b & (Counting.AS_QUALITY | Counting.AS_LOGISTICS_QUALITY | Counting.AS_DAMAGE)) != 0) {
                add("quality_return", o.orderId(), paid, windowDays("quality_return_rate_lagged"));
            }
            if (rules.hasIndicator("complaint_rate_lagged") && complaint[i]) {
                add("complaint", o.orderId(), paid, windowDays("complaint_rate_lagged"));
            }
            if (rules.hasIndicator("damage_return_rate") && (b & Counting.AS_DAMAGE) != 0) {
                add("damage_return", o.orderId(), paid, rules.windowDays());
            }
            if (rules.hasIndicator("logistics_return_rate") && (b & Counting.AS_LOGISTICS_LIABLE) != 0) {
                add("logistics_return", o.orderId(), paid, rules.windowDays());
            }
            long picked = k.eff(o.pickedUpAt());
            if (rules.hasIndicator("delivery_on_time_rate") && picked != NONE && !o.has(OrderFlag.VIRTUAL)) {
                long deadline = k.deliveryDeadline(o, picked);
                boolean met = signed != NONE && signed <= deadline && !o.has(OrderFlag.TRACE_COMPENSATION);
                if (!met && deadline < k.known) {
                    add("missed_delivery", o.orderId(), deadline, rules.windowDays());
                }
            }
        }
        if (rules.hasIndicator("im_dissatisfaction_rate")) {
            for (ImSession s : data.sessions()) {
                long started = k.eff(s.startedAt());
                if (s.human() && started != NONE && k.inServiceHours(started) && s.rating() > 0 && s.rating() <= 3) {
                    add("dissatisfied_session", s.sessionId(), started, rules.windowDays());
                }
            }
        }
        for (Violation v : data.violations()) {
            add("violation", v.violationId(), k.eff(v.occurredAt()), rules.windowDays());
        }
    }
}
