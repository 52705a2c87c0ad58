package com.scoredesk.kpi;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an indicator's numerator counts, which decides how "the next tier" is put in words: a rate of bad items (fewer
 * bad ones, or more good ones dilute them), a rate of good items (more good ones), or an average (more items at a
 * good value). For averages {@link #goodItemValue()} is the value of the items the words assume (a five-star
 * review, a reply within 10 seconds); it is a way of speaking, not a rule of the score.
 *
 * @param unit how values are shown: {@code rate}, {@code stars}, {@code hours}, {@code seconds} or {@code points}
 * @param item what one numerator or population item is: {@code order}, {@code review}, {@code after_sale},
 *     {@code session}, {@code round} or {@code waybill}
 */
public record IndicatorKind(Shape shape, String unit, String item, @Nullable BigDecimal goodItemValue) {

    /** How the numerator relates to the value. */
    public enum Shape {
        /** value = bad items / population, lower is better. */
        BAD_RATE,
        /** value = good items / population, higher is better. */
        GOOD_RATE,
        /** value = sum / population. */
        AVERAGE
    }

    private static final Map<String, IndicatorKind> KINDS = Map.ofEntries(
            Map.entry("negative_review_rate", bad("order")),
            Map.entry("quality_return_rate_lagged", bad("order")),
            Map.entry("complaint_rate_lagged", bad("order")),
            Map.entry("dispute_merchant_rate", bad("after_sale")),
            Map.entry("quality_return_rate", bad("order")),
            Map.entry("logistics_return_rate", bad("order")),
            Map.entry("damage_return_rate", bad("order")),
            Map.entry("im_dissatisfaction_rate", bad("session")),
            Map.entry("platform_help_rate", bad("order")),
            Map.entry("pickup_timely_rate", good("order")),
            Map.entry("im_3min_reply_rate", good("session")),
            Map.entry("delivery_on_time_rate", good("waybill")),
            Map.entry("product_rating_avg", average("stars", "review", "5")),
            Map.entry("pickup_score_avg", average("points", "order", "100")),
            Map.entry("pickup_hours_avg", average("hours", "order", "6")),
            Map.entry("delivery_hours", average("hours", "order", "48")),
            Map.entry("refund_only_hours", average("hours", "after_sale", "2")),
            Map.entry("return_refund_hours", average("hours", "after_sale", "12")),
            Map.entry("after_sale_review_hours", average("hours", "after_sale", "1")),
            Map.entry("im_avg_response_seconds", average("seconds", "round", "10")));

    /** The kind of indicator {@code id}, empty for an indicator this table does not know. */
    public static Optional<IndicatorKind> of(String indicatorId) {
        return Optional.ofNullable(KINDS.get(indicatorId));
    }

    private static IndicatorKind bad(String item) {
        return new IndicatorKind(Shape.BAD_RATE, "rate", item, null);
    }

    private static IndicatorKind good(String item) {
        return new IndicatorKind(Shape.GOOD_RATE, "rate", item, null);
    }

    private static IndicatorKind average(String unit, String item, String goodValue) {
        return new IndicatorKind(Shape.AVERAGE, unit, item, new BigDecimal(goodValue));
    }
}
