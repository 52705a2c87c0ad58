package com.scoredesk.scoring.rules;

import com.scoredesk.scoring.model.OrderFlag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Pickup: which orders count, when a pickup is late, and the per-order pickup score.
 *
 * @param excludePresale presale orders are left out of the pickup indicators
 * @param lateAfterDays a pickup later than 23:59:59 of the day this many days after the payment day is late
 * @param scorePoints the per-order score by pickup hours: straight lines between points, flat beyond
 * @param penaltyScore the score of an order with any of {@code penaltyFlags}
 */
public record PickupRules(
        boolean excludePresale,
        int lateAfterDays,
        List<Point> scorePoints,
        BigDecimal penaltyScore,
        Set<OrderFlag> penaltyFlags) {

    public PickupRules {
        scorePoints = List.copyOf(scorePoints);
        Objects.requireNonNull(penaltyScore, "penaltyScore");
        penaltyFlags = Set.copyOf(penaltyFlags);
        for (int i = 1; i < scorePoints.size(); i++) {
            if (scorePoints.get(i).value().compareTo(scorePoints.get(i - 1).value()) <= 0) {
                throw new RuleSetException("pickup score points must have increasing hours");
            }
        }
        if (scorePoints.isEmpty() || scorePoints.get(0).value().signum() != 0) {
            throw new RuleSetException("pickup score points must start at 0 hours");
        }
    }
}
