package com.scoredesk.settings;

import com.scoredesk.activity.ShopDataLoader;
import com.scoredesk.kpi.DataWindows;
import com.scoredesk.kpi.ShopDashboardService;
import com.scoredesk.scoring.model.Shop;
import com.scoredesk.scoring.model.ShopData;
import com.scoredesk.scoring.model.Timestamps;
import com.scoredesk.scoring.rules.RuleSet;
import com.scoredesk.scoring.rules.RuleSetRegistry;
import com.scoredesk.scoring.score.ExperienceScoreCalculator;
import com.scoredesk.scoring.score.ScoreResult;
import com.scoredesk.shop.ShopProfile;
import com.scoredesk.shop.ShopProfiles;
import com.scoredesk.user.CurrentUser;
import com.scoredesk.user.Role;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the stored assumptions do to a shop's score of today: the same rows scored both ways. */
@Service
@Transactional(readOnly = true)
public class AssumptionPreviews {

    private final ScoringAssumptions assumptions;
    private final RuleSetRegistry standard;
    private final ShopDataLoader loader;
    private final ShopProfiles shops;
    private final ExperienceScoreCalculator calculator;
    private final CurrentUser currentUser;
    private final Clock clock;

    AssumptionPreviews(
            ScoringAssumptions assumptions,
            RuleSetRegistry standard,
            ShopDataLoader loader,
            ShopProfiles shops,
            ExperienceScoreCalculator calculator,
            CurrentUser currentUser,
            Clock clock) {
        this.assumptions = assumptions;
        this.standard = standard;
        this.loader = loader;
        this.shops = shops;
        this.calculator = calculator;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public ScorePreview preview(long shopId) {
        currentUser.requireRole(Role.ADMIN);
        currentUser.requireShop(shopId);
        ShopProfile profile = shops.profileUnchecked(shopId);
        Shop shop = ShopDashboardService.scoringShop(profile);
        LocalDate today = LocalDate.now(clock.withZone(Timestamps.ZONE));
        RuleSetRegistry assumed = assumptions.registry();
        RuleSet rules = assumed.resolve(today, profile.pinnedRuleSet(), shop);
        ShopData data = loader.load(shop, shopId, DataWindows.forDay(rules, today));
        ScoreResult shipped = calculator.score(data, today, standard, profile.pinnedRuleSet());
        ScoreResult withAssumptions = calculator.score(data, today, assumed, profile.pinnedRuleSet());
        return new ScorePreview(
                profile.name(),
                rules.id(),
                shipped.total(),
                withAssumptions.total(),
                shipped.shown(),
                withAssumptions.shown());
    }
}
