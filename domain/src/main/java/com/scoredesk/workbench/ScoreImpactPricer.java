package com.scoredesk.workbench;

import com.scoredesk.activity.ScoringWindow;
import com.scoredesk.activity.ShopDataLoader;
import com.scoredesk.score.RuleSets;
import com.scoredesk.scoring.model.ShopData;
import com.scoredesk.scoring.model.Timestamps;
import com.scoredesk.scoring.rules.DeliveryRoutes;
import com.scoredesk.scoring.rules.DimensionSpec;
import com.scoredesk.scoring.rules.IndicatorSpec;
import com.scoredesk.scoring.rules.RuleSet;
import com.scoredesk.scoring.rules.RuleSetRegistry;
import com.scoredesk.scoring.score.OpenItem;
import com.scoredesk.scoring.score.ScoreProjection;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Prices a shop's open work with the score engine's projection (spec section 8): the shop's rows are loaded once, the
 * engine finds its own open items with their default outcomes, and each work item is priced as P(T+1) with the action
 * outcome minus P(T+1) with the default outcome, from the per-indicator aggregates (a small delta per item, not a
 * recompute).
 *
 * <p>Work items and the engine's items meet by the row they are about: a round by its session and message time, an
 * after-sale, a review, an order waiting for pickup. A parcel in trouble (物流异常) has no action of its own in section
 * 8; what acting on it saves is the buyer going to the platform, so it is worth the engine's escalation risk of its
 * order when there is one, else nothing.
 */
@Component
class ScoreImpactPricer implements ImpactPricer {

    private final ShopDataLoader loader;
    private final RuleSets registry;

    ScoreImpactPricer(ShopDataLoader loader, RuleSets registry) {
        this.loader = loader;
        this.registry = registry;
    }

    @Override
    public Map<String, BigDecimal> price(
            long shopId, ShopRules.ScoredShop shop, RuleSet rules, List<Candidate> open, Instant now) {
        if (open.isEmpty()) {
            return Map.of();
        }
        RuleSetRegistry ruleSets = registry.registry();
        LocalDate tomorrow = LocalDate.ofInstant(now, WorkbenchTime.SHANGHAI).plusDays(1);
        RuleSet tomorrowRules = ruleSets.resolve(tomorrow, shop.pinnedRuleSet(), shop.shop());
        ShopData data = loader.load(shop.shop(), shopId, window(tomorrowRules, tomorrow));
        ScoreProjection projection =
                ScoreProjection.of(data, ruleSets, shop.pinnedRuleSet(), Clock.fixed(now, WorkbenchTime.SHANGHAI));
        Map<String, OpenItem> byRow = new HashMap<>();
        for (OpenItem item : projection.openItems()) {
            byRow.put(key(item), item);
        }
        Map<String, BigDecimal> impacts = new HashMap<>();
        for (Candidate candidate : open) {
            OpenItem item = byRow.get(candidate.kind().name() + ':' + candidate.ref());
            if (item != null) {
                impacts.put(candidate.key(), projection.price(item).impact().toBigDecimal(8, RoundingMode.HALF_UP));
            }
        }
        return impacts;
    }

    /** The engine's item as the work item that acts on it would name it. */
    private static String key(OpenItem item) {
        WorkItemKind kind =
                switch (item.kind()) {
                    case UNANSWERED_ROUND -> WorkItemKind.CHAT;
                    case PENDING_AFTER_SALE -> WorkItemKind.AFTER_SALE;
                    case APPEALABLE_REVIEW -> WorkItemKind.REVIEW;
                    case UNPICKED_ORDER -> WorkItemKind.PICKUP;
                    case ESCALATION_RISK -> WorkItemKind.LOGISTICS;
                };
        return kind.name() + ':' + item.rowId();
    }

    /** The platform's name of a chat round, as the engine gives it: session and message time. */
    static String roundRef(String sessionId, Instant buyerMessageAt) {
        return sessionId + "@" + Timestamps.format(buyerMessageAt.toEpochMilli());
    }

    /**
     * The rows P(T+1) needs: from the start of the widest window of day T+1 (the lagged 5-point window reaches back 104
     * days; the gate has its own) up to T+1 00:00, and parcels picked up early enough to be due inside the window.
     */
    static ScoringWindow window(RuleSet rules, LocalDate day) {
        int days = rules.windowDays();
        if (rules.gate() != null) {
            days = Math.max(days, rules.gate().windowDays());
        }
        for (DimensionSpec dimension : rules.dimensions()) {
            for (IndicatorSpec indicator : dimension.indicators()) {
                if (indicator.window() != null) {
                    days = Math.max(days, indicator.window().fromDaysBefore());
                }
            }
        }
        LocalDate from = day.minusDays(days);
        LocalDate pickedUpFrom = from.minusDays(longestRouteDays(rules.delivery()) + 1L);
        return new ScoringWindow(start(from), start(pickedUpFrom), start(day));
    }

    private static int longestRouteDays(DeliveryRoutes routes) {
        int days = Math.max(routes.sameProvinceDays(), routes.defaultDays());
        for (DeliveryRoutes.Route route : routes.routes()) {
            days = Math.max(days, route.days());
        }
        return days;
    }

    private static Instant start(LocalDate day) {
        return Timestamps.toInstant(Timestamps.startOfDay(day));
    }
}
