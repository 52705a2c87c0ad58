package com.scoredesk.workbench;

import com.scoredesk.scoring.rules.RuleSet;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Prices open work in score points (spec section 8): what acting now is worth against the default outcome. */
interface ImpactPricer {

    /**
     * The impact of each candidate, by {@link Candidate#key()}, in points of the rule set's scale before final
     * rounding; a candidate missing from the answer is worth 0.
     */
    Map<String, BigDecimal> price(
            long shopId, ShopRules.ScoredShop shop, RuleSet rules, List<Candidate> open, Instant now);
}
