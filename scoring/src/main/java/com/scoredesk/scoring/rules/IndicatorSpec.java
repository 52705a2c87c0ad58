package com.scoredesk.scoring.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One indicator of a rule set. What the indicator counts is fixed by its {@link #id()} (section 5 of the
 * contract); everything numeric about it is here.
 *
 * @param weight the configured weight inside its dimension, {@code null} when it comes from the dimension's
 *     weight table
 * @param window the indicator's own window, {@code null} for the rule set's window
 * @param buckets for {@code pickup_timely_rate}: hour limits and their weights, shortest first
 * @param withinSeconds for {@code im_3min_reply_rate}: the reply limit in seconds, else 0
 */
public record IndicatorSpec(
        String id,
        @Nullable BigDecimal weight,
        Curve curve,
        @Nullable WindowSpec window,
        List<Point> buckets,
        long withinSeconds) {

    public IndicatorSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(curve, "curve");
        buckets = List.copyOf(buckets);
    }
}
