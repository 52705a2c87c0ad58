package com.scoredesk.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoredesk.scoring.Fraction;
import com.scoredesk.scoring.rules.Curve;
import com.scoredesk.scoring.rules.IndicatorSpec;
import com.scoredesk.scoring.rules.Point;
import com.scoredesk.scoring.score.ScoreResult.IndicatorScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TierGapsTest {

    private static final Curve RATING = tiers(true, "4.85:100 4.80:90 4.72:80 4.65:70 4.55:60");
    private static final Curve QUALITY = tiers(false, "0.005:100 0.010:90 0.015:80 0.025:70 0.04:60");
    private static final Curve ON_TIME = tiers(true, "0.98:100 0.96:90 0.93:80 0.90:70 0.85:60");
    private static final Curve RESPONSE = tiers(false, "20:100 30:90 45:80 60:70 90:60");

    @ParameterizedTest(name = "{0}: {1}/{2} scores {3} -> {4} with {5} more good, {6} fewer bad")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
        # indicator             | numerator | population | score | next | more good | fewer bad
          product_rating_avg      | 478       | 100        | 80    | 90   | 10        |
          product_rating_avg      | 460       | 100        | 60    | 70   | 15        |
          quality_return_rate     | 7         | 600        | 80    | 90   | 100       | 1
          quality_return_rate     | 3         | 600        | 100   |      |           |
          delivery_on_time_rate   | 190       | 200        | 80    | 90   | 50        |
          im_avg_response_seconds | 1700      | 50         | 80    | 90   | 10        |
        """)
    void the_next_step_is_reached_by_exactly_that_many_items(
            String indicator, long numerator, long population, int score, Integer next, Long moreGood, Long fewerBad) {
        Curve curve =
                switch (indicator) {
                    case "product_rating_avg" -> RATING;
                    case "quality_return_rate" -> QUALITY;
                    case "delivery_on_time_rate" -> ON_TIME;
                    default -> RESPONSE;
                };
        IndicatorScore result = indicator(indicator, numerator, population, score, false);

        TierGap gap = TierGaps.of(spec(indicator, curve), result, Fraction.of(45, 100));

        if (next == null) {
            assertThat(gap.status()).isEqualTo(TierGap.Status.AT_TOP);
            return;
        }
        assertThat(gap.status()).isEqualTo(TierGap.Status.REACHABLE);
        assertThat(gap.targetScore()).isEqualByComparingTo(BigDecimal.valueOf(next));
        assertThat(gap.moreGood()).isEqualTo(moreGood);
        assertThat(gap.fewerBad()).isEqualTo(fewerBad);
    }

    @Test
    void one_item_fewer_than_the_gap_does_not_reach_the_step_and_the_gap_does() {
        IndicatorScore before = indicator("product_rating_avg", 478, 100, 80, false);
        TierGap gap = TierGaps.of(spec("product_rating_avg", RATING), before, Fraction.ONE);
        long k = gap.moreGood();

        assertThat(RATING.score(Fraction.of(478 + 5 * k, 100 + k))).isEqualTo(Fraction.of(90));
        assertThat(RATING.score(Fraction.of(478 + 5 * (k - 1), 100 + k - 1))).isEqualTo(Fraction.of(80));
    }

    @Test
    void the_gain_is_the_weighted_score_difference() {
        IndicatorScore rating = indicator("product_rating_avg", 478, 100, 80, false);

        TierGap gap = TierGaps.of(spec("product_rating_avg", RATING), rating, Fraction.of(45, 100));

        // dimension 0.45 x indicator 0.9 x (90 - 80)
        assertThat(gap.pointsGain()).isEqualByComparingTo("4.05");
    }

    @Test
    void a_floored_indicator_or_one_without_value_has_no_step_to_reach() {
        IndicatorScore floored = indicator("quality_return_rate", 30, 400, 80, true);
        IndicatorScore empty = new IndicatorScore(
                "quality_return_rate", null, null, Fraction.ZERO, new BigDecimal("0.1"), Fraction.ZERO, 0, false);

        assertThat(TierGaps.of(spec("quality_return_rate", QUALITY), floored, Fraction.ONE)
                        .status())
                .isEqualTo(TierGap.Status.FLOORED);
        assertThat(TierGaps.of(spec("quality_return_rate", QUALITY), empty, Fraction.ONE)
                        .status())
                .isEqualTo(TierGap.Status.NO_VALUE);
    }

    @Test
    void a_curve_that_follows_the_value_has_no_steps() {
        IndicatorScore pickup = indicator("pickup_score_avg", 9000, 100, 90, false);

        assertThat(TierGaps.of(spec("pickup_score_avg", new Curve.Identity()), pickup, Fraction.ONE)
                        .status())
                .isEqualTo(TierGap.Status.NOT_APPLICABLE);
    }

    private static IndicatorScore indicator(String id, long numerator, long population, int score, boolean floored) {
        return new IndicatorScore(
                id,
                Fraction.of(numerator, population),
                Fraction.of(score),
                Fraction.of(9, 10),
                new BigDecimal("0.9"),
                Fraction.of(numerator),
                population,
                floored);
    }

    private static IndicatorSpec spec(String id, Curve curve) {
        return new IndicatorSpec(id, new BigDecimal("0.9"), curve, null, List.of(), 0);
    }

    private static Curve tiers(boolean higherIsBetter, String points) {
        List<Point> tiers = new ArrayList<>();
        for (String point : points.split(" ")) {
            String[] parts = point.split(":");
            tiers.add(new Point(new BigDecimal(parts[0]), new BigDecimal(parts[1])));
        }
        return new Curve.Tiers(higherIsBetter, tiers, new BigDecimal("50"));
    }
}
