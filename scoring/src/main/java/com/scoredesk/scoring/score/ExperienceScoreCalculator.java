package com.scoredesk.scoring.score;

import com.scoredesk.scoring.model.ShopData;
import com.scoredesk.scoring.rules.RuleSet;
import com.scoredesk.scoring.rules.RuleSetRegistry;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The experience score: {@link #score(ShopData, LocalDate, RuleSet)} scores a shop's data for day T (events
 * before T 00:00 Asia/Shanghai) under a rule set, exactly as {@code shared/spec/experience-score.md} says.
 *
 * <p>One pass over the rows adds up integer counters (counts and sums of milliseconds); the score is evaluated
 * from them with exact fractions and rounded HALF_UP once, at the end. Stateless and thread-safe.
 */
public final class ExperienceScoreCalculator {

    /**
     * The score of {@code data} for day {@code asOf} under {@code ruleSet} (which scores any day it is given).
     */
    public ScoreResult score(ShopData data, LocalDate asOf, RuleSet ruleSet) {
        Counting counting = new Counting(ruleSet, data.shop(), asOf, Long.MAX_VALUE);
        Pass pass = new Pass(counting, data, null);
        return new Evaluator(ruleSet, data.shop()).evaluate(pass.counters, asOf);
    }

    /**
     * The score of {@code data} for day {@code asOf} under the rule set {@code registry} picks: {@code pinnedId}
     * when set, else the one in force on {@code asOf}, with the overrides of the shop's industry and of the shop.
     *
     * @throws com.scoredesk.scoring.rules.NoRuleSetException when nothing is pinned and no rule set is in force
     */
    public ScoreResult score(ShopData data, LocalDate asOf, RuleSetRegistry registry, @Nullable String pinnedId) {
        return score(data, asOf, registry.resolve(asOf, pinnedId, data.shop()));
    }
}
