package com.scoredesk.scoring.score;

import static com.scoredesk.scoring.score.Scoring.R7;
import static com.scoredesk.scoring.score.Scoring.R9;
import static com.scoredesk.scoring.score.Scoring.indicator;
import static com.scoredesk.scoring.score.Scoring.score;
import static org.assertj.core.api.Assertions.assertThat;

import com.scoredesk.scoring.Fraction;
import com.scoredesk.scoring.ShopFixture;
import com.scoredesk.scoring.model.AfterSaleType;
import com.scoredesk.scoring.model.EscalationKind;
import com.scoredesk.scoring.model.Province;
import com.scoredesk.scoring.model.ReasonCategory;
import com.scoredesk.scoring.model.ShopType;
import com.scoredesk.scoring.model.ViolationKind;
import com.scoredesk.scoring.rules.RuleSet;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worked examples of section 10 of the contract, each from data through the calculator. */
class WorkedExamplesTest {

    private static final String T = "2026-08-01";

    @Test
    void example_1_service_dimension_of_a_medical_shop_is_95() {
        ShopFixture shop = new ShopFixture("医疗健康", ShopType.NON_FLAGSHIP);
        int first = shop.orders(600, shop.order().paid("2026-07-10 10:00:00"));
        for (int i = 0; i < 254; i++) {
            shop.session(first + i, "2026-07-11 03:00:00", true, 0);
        }
        shop.escalation(first, "2026-07-12 10:00:00", EscalationKind.PLATFORM_CS);
        shop.afterSale(
                first + 1,
                AfterSaleType.REFUND_SHIPPED,
                ReasonCategory.NO_REASON,
                "2026-07-12 10:00:00",
                "2026-07-12 11:46:16.320",
                "2026-07-12 11:46:16.320");
        int answered = shop.session(-1, "2026-07-13 10:00:00", true, 2);
        shop.round(answered, "2026-07-13 10:00:00", "2026-07-13 10:00:13.872");
        for (int i = 0; i < 8; i++) {
            shop.session(-1, "2026-07-13 11:00:00", true, 5);
        }

        ScoreResult r = score(shop, T, R7);

        assertThat(indicator(r, "im_avg_response_seconds").value()).isEqualTo(Fraction.parse("13.872"));
        assertThat(indicator(r, "after_sale_review_hours").value()).isEqualTo(Fraction.parse("1.7712"));
        assertThat(indicator(r, "im_dissatisfaction_rate").value()).isEqualTo(Fraction.of(1, 9));
        assertThat(indicator(r, "platform_help_rate").value()).isEqualTo(Fraction.of(1, 254));
        assertThat(r.dimension("service").orElseThrow().indicators())
                .extracting(ScoreResult.IndicatorScore::score)
                .containsExactly(Fraction.of(100), Fraction.of(100), Fraction.of(90), Fraction.of(90));
        assertThat(r.dimension("service").orElseThrow().score()).isEqualTo(Fraction.of(95));
    }

    @ParameterizedTest(name = "{0} shows {1}")
    @CsvSource({
        "100, 5.0",
        "97, 5.0",
        "96, 4.9",
        "89, 4.8",
        "88, 4.7",
        "82, 4.6",
        "77, 4.5",
        "76, 4.4",
        "69, 4.3",
        "61, 4.1",
        "60, 4.0",
        "59, 3.9",
        "55, 3.5",
        "50, 3.0",
        "51, 3.1",
        "0, 3.0"
    })
    void example_2_what_buyers_see(BigDecimal merchantScore, BigDecimal shown) {
        for (RuleSet rules : new RuleSet[] {R7, R9}) {
            assertThat(rules.display().shown(merchantScore)).isEqualByComparingTo(shown);
        }
    }

    @Test
    void example_3_paid_19_30_picked_up_10_00_next_day_is_4_hours() {
        ShopFixture shop = new ShopFixture();
        shop.order().paid("2026-07-20 19:30:00").picked("2026-07-21 10:00:00").add();
        assertThat(indicator(score(shop, T, R9), "pickup_hours_avg").value()).isEqualTo(Fraction.of(4));
    }

    @Test
    void example_4_applied_23_40_agreed_09_10_next_day_is_1_hour_10_minutes() {
        ShopFixture shop = new ShopFixture();
        int o = shop.order()
                .paid("2026-07-18 10:00:00")
                .picked("2026-07-18 12:00:00")
                .add();
        shop.afterSale(
                o,
                AfterSaleType.RETURN_REFUND,
                ReasonCategory.NO_REASON,
                "2026-07-20 23:40:00",
                "2026-07-21 09:10:00",
                "2026-07-24 10:00:00");
        assertThat(indicator(score(shop, T, R9), "after_sale_review_hours").value())
                .isEqualTo(Fraction.of(7, 6));
    }

    @ParameterizedTest(name = "signed {0}: met {1}")
    @CsvSource({"2026-07-05 23:59:59, 1", "2026-07-06 00:00:00, 0", "2026-07-03 08:00:00, 1"})
    void example_5_shanghai_to_tianjin_picked_up_07_01_13_00_is_due_07_05_23_59_59(String signed, long met) {
        ShopFixture shop = new ShopFixture();
        shop.order()
                .paid("2026-07-01 09:00:00")
                .route(Province.SHANGHAI, Province.TIANJIN)
                .picked("2026-07-01 13:00:00")
                .signed(signed)
                .add();
        ScoreResult.IndicatorScore rate = indicator(score(shop, T, R9), "delivery_on_time_rate");
        assertThat(rate.population()).isEqualTo(1);
        assertThat(rate.numerator()).isEqualTo(Fraction.of(met));
    }

    @ParameterizedTest(name = "{0} abnormal return addresses deduct {1}")
    @CsvSource({"1, 3", "4, 12", "5, 15", "6, 15"})
    void example_6_abnormal_return_addresses_deduct_3_each_capped_at_15(int count, BigDecimal points) {
        ShopFixture shop = new ShopFixture();
        shop.orders(40, shop.order().paid("2026-07-10 10:00:00").picked("2026-07-10 12:00:00"));
        for (int i = 0; i < count; i++) {
            shop.violation("2026-07-15 10:00:00", ViolationKind.ABNORMAL_RETURN_ADDRESS);
        }
        ScoreResult r = score(shop, T, R7);
        assertThat(r.deductions()).singleElement().satisfies(d -> {
            assertThat(d.count()).isEqualTo(count);
            assertThat(d.points()).isEqualByComparingTo(points);
        });
    }

    @ParameterizedTest(name = "rating {0}: product_rating_avg scores exactly 80")
    @CsvSource({"5", "4", "3"})
    void example_7_a_small_shop_with_two_bad_reviews_scores_80_on_product_rating(int otherRating) {
        ShopFixture shop = new ShopFixture("其他", ShopType.NON_FLAGSHIP);
        int first = shop.orders(420, shop.order().paid("2026-07-05 10:00:00").signed("2026-07-08 10:00:00"));
        shop.review(first, "2026-07-09 10:00:00", 1).review(first + 1, "2026-07-09 10:00:00", 2);
        for (int i = 2; i < 50; i++) {
            shop.review(first + i, "2026-07-09 10:00:00", otherRating);
        }
        for (RuleSet rules : new RuleSet[] {R7, R9}) {
            ScoreResult r = score(shop, T, rules);
            assertThat(r.floorThreshold()).isEqualTo(500);
            assertThat(indicator(r, "product_rating_avg").score()).isEqualTo(Fraction.of(80));
            assertThat(indicator(r, "product_rating_avg").floored()).isTrue();
        }
    }
}
