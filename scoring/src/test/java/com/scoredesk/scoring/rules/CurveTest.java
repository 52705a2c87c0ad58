package com.scoredesk.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoredesk.scoring.Fraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped curves: tier edges (a value exactly on a threshold), interpolation and its extension to 50. */
class CurveTest {

    private static final RuleSetRegistry RULES = RuleSetRegistry.standard();

    private static Fraction score(String ruleSet, String indicator, String value) {
        Curve curve = RULES.require(ruleSet).indicator(indicator).orElseThrow().curve();
        return curve.score(Fraction.parse(value));
    }

    @ParameterizedTest(name = "2026-07 {0} = {1} scores {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # indicator               | value     | score
              product_rating_avg      | 4.85      | 100
              product_rating_avg      | 4.8499999 | 90
              product_rating_avg      | 4.80      | 90
              product_rating_avg      | 4.55      | 60
              product_rating_avg      | 4.5499    | 50
              quality_return_rate     | 6/600     | 90
              quality_return_rate     | 0.005     | 100
              quality_return_rate     | 0.0050001 | 90
              quality_return_rate     | 0.04      | 60
              quality_return_rate     | 0.0401    | 50
              delivery_on_time_rate   | 0.98      | 100
              delivery_on_time_rate   | 0.85      | 60
              delivery_on_time_rate   | 0.8499    | 50
              logistics_return_rate   | 0.0005    | 100
              logistics_return_rate   | 0.008     | 60
              after_sale_review_hours | 4         | 100
              after_sale_review_hours | 24        | 70
              after_sale_review_hours | 36        | 60
              after_sale_review_hours | 36.0001   | 50
              im_avg_response_seconds | 20        | 100
              im_avg_response_seconds | 90        | 60
              im_dissatisfaction_rate | 0.08      | 100
              im_dissatisfaction_rate | 1/9       | 90
              im_dissatisfaction_rate | 0.25      | 60
              platform_help_rate      | 0.003     | 100
              platform_help_rate      | 1/254     | 90
              platform_help_rate      | 0.025     | 60
              pickup_score_avg        | 94.33     | 94.33
            """)
    void a_value_on_a_threshold_reaches_that_tier(String indicator, String value, String score) {
        assertThat(score("douyin-2026-07", indicator, value)).isEqualTo(Fraction.parse(score));
    }

    @ParameterizedTest(name = "2026-09 {0} = {1} scores {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # indicator               | value   | score
              product_rating_avg      | 4.9     | 100
              product_rating_avg      | 4.85    | 100
              product_rating_avg      | 4.825   | 95
              product_rating_avg      | 4.60    | 65
              product_rating_avg      | 4.50    | 55
              product_rating_avg      | 4.45    | 50
              product_rating_avg      | 1       | 50
              quality_return_rate     | 0       | 100
              quality_return_rate     | 0.0075  | 95
              quality_return_rate     | 0.04    | 60
              quality_return_rate     | 0.055   | 50
              quality_return_rate     | 0.0475  | 55
              quality_return_rate     | 0.5     | 50
              pickup_hours_avg        | 12      | 100
              pickup_hours_avg        | 15      | 95
              pickup_hours_avg        | 48      | 60
              pickup_hours_avg        | 60      | 50
              pickup_hours_avg        | 54      | 55
              pickup_hours_avg        | 200     | 50
              damage_return_rate      | 0.0015  | 95
              damage_return_rate      | 0.015   | 60
              damage_return_rate      | 0.022   | 50
              delivery_on_time_rate   | 0.97    | 95
              delivery_on_time_rate   | 0.80    | 50
              delivery_on_time_rate   | 0.825   | 55
              platform_help_rate      | 0.035   | 50
              im_avg_response_seconds | 120     | 50
              im_avg_response_seconds | 105     | 55
            """)
    void straight_lines_between_tier_points_continue_to_fifty(String indicator, String value, String score) {
        assertThat(score("douyin-2026-09", indicator, value)).isEqualTo(Fraction.parse(score));
    }

    @ParameterizedTest(name = "5-point {0} = {1} scores {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # indicator               | value   | score
              negative_review_rate    | 0       | 5.0
              negative_review_rate    | 0.0025  | 4.95
              negative_review_rate    | 0.12    | 3.0
              negative_review_rate    | 0.5     | 3.0
              pickup_timely_rate      | 1       | 5.0
              pickup_timely_rate      | 0.99    | 4.95
              pickup_timely_rate      | 0.5     | 3.0
              delivery_hours          | 10      | 5.0
              delivery_hours          | 76      | 4.925
              delivery_hours          | 168     | 3.0
              delivery_hours          | 500     | 3.0
              refund_only_hours       | 8       | 4.95
              return_refund_hours     | 240     | 3.0
              im_3min_reply_rate      | 0.75    | 4.2
              dispute_merchant_rate   | 0.15    | 3.95
              complaint_rate_lagged   | 0.002   | 4.8
            """)
    void five_point_curves_interpolate_and_are_flat_beyond_their_ends(String indicator, String value, String score) {
        assertThat(score("douyin-2022-5pt", indicator, value)).isEqualTo(Fraction.parse(score));
    }
}
