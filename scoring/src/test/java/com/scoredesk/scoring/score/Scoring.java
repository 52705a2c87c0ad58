package com.scoredesk.scoring.score;

import com.scoredesk.scoring.ShopFixture;
import com.scoredesk.scoring.model.ShopData;
import com.scoredesk.scoring.rules.RuleSet;
import com.scoredesk.scoring.rules.RuleSetRegistry;
import java.time.LocalDate;

/** Shortcuts for scoring fixtures in tests. */
final class Scoring {

    static final RuleSetRegistry REGISTRY = RuleSetRegistry.standard();
    static final RuleSet R5 = REGISTRY.require("douyin-2022-5pt");
    static final RuleSet R7 = REGISTRY.require("douyin-2026-07");
    static final RuleSet R9 = REGISTRY.require("douyin-2026-09");

    private Scoring() {}

    static ScoreResult score(ShopData data, String asOf, RuleSet rules) {
        return new ExperienceScoreCalculator().score(data, LocalDate.parse(asOf), rules);
    }

    static ScoreResult score(ShopFixture fixture, String asOf, RuleSet rules) {
        return score(fixture.build(), asOf, rules);
    }

    static ScoreResult.IndicatorScore indicator(ScoreResult result, String id) {
        return result.indicator(id).orElseThrow();
    }
}
