package com.scoredesk.kpi;

import com.scoredesk.score.RuleSets;
import com.scoredesk.score.ShopScoreService;
import com.scoredesk.scoring.model.Shop;
import com.scoredesk.scoring.model.ShopType;
import com.scoredesk.scoring.rules.NoRuleSetException;
import com.scoredesk.scoring.rules.RuleSet;
import com.scoredesk.scoring.score.ScoreResult;
import com.scoredesk.shop.ShopProfile;
import com.scoredesk.shop.ShopProfiles;
import com.scoredesk.user.CurrentUser;
import com.scoredesk.user.Role;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 数据看板 of one shop for supervisors and administrators: today's score explained, what moved it since yesterday,
 * the forecast of the coming week, and the recorded history. Scores come from {@link ShopScoreService}, so they are
 * the numbers every other screen shows.
 */
@Service
@Transactional(readOnly = true)
public class ShopDashboardService {

    /** The longest history a chart asks for. */
    public static final int MAX_HISTORY_DAYS = 366;

    private final ShopScoreService scores;
    private final ShopProfiles shops;
    private final RuleSets ruleSets;
    private final Forecasts forecasts;
    private final ScoreHistoryReader history;
    private final CurrentUser currentUser;

    ShopDashboardService(
            ShopScoreService scores,
            ShopProfiles shops,
            RuleSets ruleSets,
            Forecasts forecasts,
            ScoreHistoryReader history,
            CurrentUser currentUser) {
        this.scores = scores;
        this.shops = shops;
        this.ruleSets = ruleSets;
        this.forecasts = forecasts;
        this.history = history;
        this.currentUser = currentUser;
    }

    /** Today's score of shop {@code shopId}, explained, with yesterday's moves and the forecast. */
    public ShopDashboard dashboard(long shopId) {
        requireAccess(shopId);
        ShopProfile profile = shops.profileUnchecked(shopId);
        Shop shop = scoringShop(profile);
        LocalDate today = scores.today();
        ScoreResult now = scores.scoreUnchecked(shopId, today, null);
        ScoreResult yesterday = scoreOrNull(shopId, today.minusDays(1));
        RuleSet rules = ruleSets.registry().resolve(today, profile.pinnedRuleSet(), shop);
        return new ShopDashboard(
                shopId,
                profile.name(),
                profile.industry(),
                ScoreExplainer.card(rules, now, yesterday),
                ScoreExplainer.lines(rules, now),
                ScoreExplainer.moves(now, yesterday),
                forecasts.forecast(shopId, shop, profile.pinnedRuleSet(), today));
    }

    /** The recorded daily scores of the last {@code days} days up to today, oldest first. */
    public List<ScoreHistoryPoint> history(long shopId, int days) {
        requireAccess(shopId);
        LocalDate today = scores.today();
        return history.points(shopId, today.minusDays(boundedDays(days) - 1L), today).stream()
                .map(point -> new ScoreHistoryPoint(
                        point.asOf(),
                        point.ruleSet(),
                        point.stage(),
                        point.total(),
                        point.shown(),
                        ruleSets.registry()
                                .byId(point.ruleSet())
                                .map(rules -> rules.scale().max())
                                .orElse(null)))
                .toList();
    }

    /** Each indicator's recorded value and score over the last {@code days} days up to today. */
    public List<IndicatorTrend> trends(long shopId, int days) {
        requireAccess(shopId);
        LocalDate today = scores.today();
        return history.trends(shopId, today.minusDays(boundedDays(days) - 1L), today);
    }

    /** Today in Asia/Shanghai by the application clock. */
    public LocalDate today() {
        return scores.today();
    }

    private @Nullable ScoreResult scoreOrNull(long shopId, LocalDate day) {
        try {
            return scores.scoreUnchecked(shopId, day, null);
        } catch (NoRuleSetException noRuleSet) {
            return null;
        }
    }

    private void requireAccess(long shopId) {
        currentUser.requireRole(Role.SUPERVISOR, Role.ADMIN);
        currentUser.requireShop(shopId);
    }

    private static int boundedDays(int days) {
        return Math.max(1, Math.min(days, MAX_HISTORY_DAYS));
    }

    /** A shop as the scoring engine knows it. */
    public static Shop scoringShop(ShopProfile profile) {
        return new Shop(
                profile.code(),
                profile.name(),
                profile.industry(),
                ShopType.valueOf(profile.shopType().name()),
                profile.openedOn(),
                profile.remoteLogisticsService(),
                profile.freightInsuranceEnabled());
    }
}
