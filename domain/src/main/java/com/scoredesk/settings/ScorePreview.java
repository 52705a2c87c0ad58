package com.scoredesk.settings;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Today's score of a shop under the shipped rule sets and under the stored assumptions. */
public record ScorePreview(
        String shopName,
        String ruleSet,
        @Nullable BigDecimal shippedTotal,
        @Nullable BigDecimal assumedTotal,
        @Nullable BigDecimal shippedShown,
        @Nullable BigDecimal assumedShown) {}
