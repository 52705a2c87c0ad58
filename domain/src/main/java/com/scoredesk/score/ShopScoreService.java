package com.scoredesk.score;

import com.scoredesk.activity.ScoringWindow;
import com.scoredesk.activity.ShopDataLoader;
import com.scoredesk.scoring.model.Shop;
import com.scoredesk.scoring.model.ShopData;
import com.scoredesk.scoring.model.ShopType;
import com.scoredesk.scoring.model.Timestamps;
import com.scoredesk.scoring.rules.NoRuleSetException;
import com.scoredesk.scoring.rules.RuleSet;
import com.scoredesk.scoring.rules.RuleSetRegistry;
import com.scoredesk.scoring.score.ExperienceScoreCalculator;
import com.scoredesk.scoring.score.ScoreProjection;
import com.scoredesk.scoring.score.ScoreResult;
import com.scoredesk.shop.ShopProfile;
import com.scoredesk.shop.ShopProfiles;
import com.scoredesk.user.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The experience score of a shop from the database: loads the rows the day's rule set needs and hands them to the
 * {@code scoring} engine. The rule set is the one the shop pins, else the one in force on the day, with the
 * overrides of the shop's industry and of the shop. Views and the API call the checked methods; the daily job and
 * the command line the unchecked ones.
 */
@Service
@Transactional(readOnly = true)
public class ShopScoreService {

    private final ShopDataLoader loader;
    private final ShopProfiles shops;
    private final RuleSets ruleSets;
    private final ExperienceScoreCalculator calculator;
    private final CurrentUser currentUser;
    private final Clock clock;

    ShopScoreService(
            ShopDataLoader loader,
            ShopProfiles shops,
            RuleSets ruleSets,
            ExperienceScoreCalculator calculator,
            CurrentUser currentUser,
            Clock clock) {
        this.loader = loader;
        this.shops = shops;
        this.ruleSets = ruleSets;
        this.calculator = calculator;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The score of shop {@code shopId} for day {@code asOf}, if the current user may see the shop. */
    public ScoreResult score(long shopId, LocalDate asOf) {
        currentUser.requireShop(shopId);
        return scoreUnchecked(shopId, asOf, null);
    }

    /** Today's score (published this morning) of shop {@code shopId}, if the current user may see the shop. */
    public ScoreResult scoreToday(long shopId) {
        return score(shopId, today());
    }

    /**
     * The score of shop {@code shopId} for day {@code asOf} without a user, for the daily job and the command line.
     *
     * @param ruleSetId a rule set that overrides the shop's own choice ({@code --rule-set}), or {@code null}
     * @throws com.scoredesk.scoring.rules.NoRuleSetException when no rule set applies to the day
     */
    public ScoreResult scoreUnchecked(long shopId, LocalDate asOf, @Nullable String ruleSetId) {
        ShopProfile profile = shops.profileUnchecked(shopId);
        Shop shop = toScoringShop(profile);
        RuleSet ruleSet =
                ruleSets.registry().resolve(asOf, ruleSetId != null ? ruleSetId : profile.pinnedRuleSet(), shop);
        ShopData data = loader.load(shop, shopId, ScoreWindows.forDays(ruleSet, asOf, asOf));
        return calculator.score(data, asOf, ruleSet);
    }

    /**
     * The scores of shop {@code shopId} for every day of [{@code first}, {@code last}] that has a rule set, without a
     * user: for history backfills. The rows are loaded once for the whole range; each day's score sees only what
     * existed before that day, as the engine hides everything at or after T 00:00.
     */
    public List<ScoreResult> scoreDaysUnchecked(long shopId, LocalDate first, LocalDate last) {
        ShopProfile profile = shops.profileUnchecked(shopId);
        Shop shop = toScoringShop(profile);
        RuleSetRegistry registry = ruleSets.registry();
        Map<LocalDate, RuleSet> days = new LinkedHashMap<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            try {
                days.put(day, registry.resolve(day, profile.pinnedRuleSet(), shop));
            } catch (NoRuleSetException noRuleSet) {
                // before the first rule set there is no score to record
            }
        }
        if (days.isEmpty()) {
            return List.of();
        }
        ScoringWindow window = null;
        for (Map.Entry<LocalDate, RuleSet> day : days.entrySet()) {
            ScoringWindow own = ScoreWindows.forDays(day.getValue(), day.getKey(), day.getKey());
            window = window == null ? own : ScoreWindows.union(window, own);
        }
        ShopData data = loader.load(shop, shopId, window);
        List<ScoreResult> results = new ArrayList<>(days.size());
        days.forEach((day, ruleSet) -> results.add(calculator.score(data, day, ruleSet)));
        return results;
    }

    /**
     * The score's future for shop {@code shopId} as of the clock's now, without a user (spec section 8): the
     * projected scores of the coming days with the default outcomes of open items, their forecast, and the impact
     * of acting on each open item. The rows are those the windows of tomorrow to the last forecast day need.
     */
    public ScoreProjection projectUnchecked(long shopId) {
        ShopProfile profile = shops.profileUnchecked(shopId);
        Shop shop = toScoringShop(profile);
        LocalDate tomorrow = today().plusDays(1);
        RuleSetRegistry registry = ruleSets.registry();
        RuleSet first = registry.resolve(tomorrow, profile.pinnedRuleSet(), shop);
        ScoringWindow window = ScoreWindows.forDays(first, tomorrow, tomorrow);
        for (int k = 2; k <= first.workItems().forecastDays(); k++) {
            LocalDate day = tomorrow.plusDays(k - 1L);
            window = ScoreWindows.union(
                    window, ScoreWindows.forDays(registry.resolve(day, profile.pinnedRuleSet(), shop), day, day));
        }
        ShopData data = loader.load(shop, shopId, window);
        return ScoreProjection.of(data, registry, profile.pinnedRuleSet(), clock);
    }

    /** Today in Asia/Shanghai by the application clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Timestamps.ZONE));
    }

    static Shop toScoringShop(ShopProfile profile) {
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
