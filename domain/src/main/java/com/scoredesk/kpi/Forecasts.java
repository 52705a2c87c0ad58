package com.scoredesk.kpi;

import com.scoredesk.activity.ShopDataLoader;
import com.scoredesk.score.RuleSets;
import com.scoredesk.scoring.model.Shop;
import com.scoredesk.scoring.model.ShopData;
import com.scoredesk.scoring.rules.RuleSet;
import com.scoredesk.scoring.rules.RuleSetRegistry;
import com.scoredesk.scoring.score.ProjectedDay;
import com.scoredesk.scoring.score.ScoreProjection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The forecast P(T+1) … P(T+7) of a shop from the engine's projection: the shop's rows are loaded once, for the
 * window of T+1 (later days' windows start later and hold nothing newer than now).
 */
@Component
class Forecasts {

    private final ShopDataLoader loader;
    private final RuleSets ruleSets;
    private final Clock clock;

    Forecasts(ShopDataLoader loader, RuleSets ruleSets, Clock clock) {
        this.loader = loader;
        this.ruleSets = ruleSets;
        this.clock = clock;
    }

    List<ForecastDay> forecast(long shopId, Shop shop, @Nullable String pinnedRuleSet, LocalDate today) {
        LocalDate tomorrow = today.plusDays(1);
        RuleSetRegistry registry = ruleSets.registry();
        RuleSet rules = registry.resolve(tomorrow, pinnedRuleSet, shop);
        ShopData data = loader.load(shop, shopId, DataWindows.forDay(rules, tomorrow));
        ScoreProjection projection = ScoreProjection.of(data, registry, pinnedRuleSet, clock);
        List<ForecastDay> days = new ArrayList<>();
        for (ProjectedDay day : projection.forecast()) {
            Map<String, Long> leaving = new LinkedHashMap<>();
            day.leaving().forEach(event -> leaving.merge(event.kind(), 1L, Long::sum));
            days.add(new ForecastDay(
                    day.day(),
                    day.score().stage().code(),
                    day.score().total(),
                    ScoreExplainer.decimal(day.score().exactTotal(), 4),
                    day.score().shown(),
                    leaving.entrySet().stream()
                            .map(e -> new ForecastDay.Leaving(e.getKey(), e.getValue()))
                            .toList()));
        }
        return days;
    }
}
