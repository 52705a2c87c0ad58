package com.scoredesk.scoring.rules;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A bonus. What {@link #id()} counts is fixed ({@code remote_logistics}: valid orders to a remote province signed
 * in the window without an after-sale; {@code next_day_delivery}, {@code freight_insurance}, {@code
 * bulky_freight_insurance}, {@code home_installation}: valid orders paid in the window with that flag); it is
 * earned when the count is at least {@code minOrders} and, when set, at least {@code minShare} of the valid paid
 * orders.
 *
 * @param dimension the dimension the points go to (capped at {@code dimensionCap}), {@code null} for the total
 */
public record BonusRule(
        String id,
        BigDecimal points,
        @Nullable String dimension,
        @Nullable BigDecimal dimensionCap,
        long minOrders,
        @Nullable BigDecimal minShare) {

    public BonusRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(points, "points");
    }
}
