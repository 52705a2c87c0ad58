package com.scoredesk.scoring.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** When a shop has a score, and which. */
public sealed interface StageRule permits StageRule.MinSignedOrders, StageRule.Growth {

    /**
     * The 5-point model: no score while fewer than {@code minSignedOrders} valid orders were signed in the window.
     */
    record MinSignedOrders(int minSignedOrders) implements StageRule {}

    /**
     * The 100-point models: fewer than {@code minValidPaidOrders} valid paid orders in the window is the growth
     * stage, scored {@code score}, or {@code failedScore} when the window holds a violation or a check fails; a
     * {@code personal} shop has no growth-stage score when {@code personalHasNoScore}.
     */
    record Growth(
            int minValidPaidOrders,
            BigDecimal score,
            BigDecimal failedScore,
            boolean personalHasNoScore,
            List<GrowthCheckRule> checks)
            implements StageRule {

        public Growth {
            Objects.requireNonNull(score, "score");
            Objects.requireNonNull(failedScore, "failedScore");
            checks = List.copyOf(checks);
        }
    }

    /**
     * A growth-stage check: what {@link #id()} measures is fixed (low_rating_orders, late_pickup_share, …); it
     * passes when the value is at most {@link #limit()} or its population is empty.
     */
    record GrowthCheckRule(String id, BigDecimal limit) {

        public GrowthCheckRule {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(limit, "limit");
        }
    }
}
