package com.scoredesk.scoring.score;

import static com.scoredesk.scoring.score.Scoring.R5;
import static com.scoredesk.scoring.score.Scoring.R7;
import static com.scoredesk.scoring.score.Scoring.R9;
import static com.scoredesk.scoring.score.Slots.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.scoredesk.scoring.Fraction;
import com.scoredesk.scoring.model.Shop;
import com.scoredesk.scoring.model.ShopType;
import com.scoredesk.scoring.model.Timestamps;
import com.scoredesk.scoring.model.ViolationKind;
import com.scoredesk.scoring.rules.RuleSet;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Section 6: from the per-indicator counts to the score. */
class EvaluationTest {

    private static RuleSet rules(String id) {
        return Scoring.REGISTRY.require(id);
    }

    @Test
    void a_perfect_shop_scores_100_on_both_100_point_sets() {
        for (RuleSet rules : List.of(R7, R9)) {
            ScoreResult r = Counters.perfect().evaluate(rules);
            assertThat(r.stage()).isEqualTo(Stage.FORMAL);
            assertThat(r.total()).isEqualByComparingTo("100");
            assertThat(r.shown()).isEqualByComparingTo("5.0");
            assertThat(r.consequences().shownStars()).isEqualByComparingTo("5.0");
        }
    }

    @ParameterizedTest(name = "product 90, logistics 100, service {0}: {1} rounds to {2}")
    @CsvSource({"80, 87.5, 88", "79, 87.1, 87"})
    void the_total_rounds_half_up_once_at_the_end(int serviceTier, String unrounded, String total) {
        Counters k = Counters.perfect()
                .set(RATING_SUM, 480) // 4.80 -> 90
                .set(QR_NUM, 10); // 1.0% -> 90
        // service 80 on all four: review 12 h, response 45 s, dissatisfaction 16%, help 1.0%
        k.set(ASR_SUM, 10 * 12 * Timestamps.HOUR)
                .set(RND_SUM, 100 * 45 * Timestamps.SECOND)
                .set(DIS_NUM, 16)
                .set(HELP_NUM, 10);
        RuleSet rules = R7;
        if (serviceTier == 79) {
            // 2026-09 lines: platform_help_rate 1.2% -> 80 - 10 * 0.2/0.5 = 76; service = (80 * 3 + 76) / 4 = 79
            rules = R9;
            k.set(HELP_NUM, 12);
        }
        ScoreResult r = k.evaluate(rules);
        assertThat(r.totalUnrounded()).isEqualTo(Fraction.parse(unrounded));
        assertThat(r.total()).isEqualByComparingTo(total);
    }

    @ParameterizedTest(name = "{0} valid paid orders: {1}")
    @CsvSource({"29, GROWTH", "30, FORMAL", "0, GROWTH"})
    void fewer_than_30_valid_paid_orders_is_the_growth_stage(long paid, Stage stage) {
        ScoreResult r = Counters.perfect().set(VALID_PAID, paid).evaluate(R9);
        assertThat(r.stage()).isEqualTo(stage);
    }

    @Test
    void the_growth_stage_scores_70_without_dimension_scores_and_is_not_shown() {
        ScoreResult r = Counters.perfect().set(VALID_PAID, 10).evaluate(R9);
        assertThat(r.total()).isEqualByComparingTo("70");
        assertThat(r.shown()).isNull();
        assertThat(r.consequences()).isNull();
        assertThat(r.dimensions()).allSatisfy(d -> {
            assertThat(d.score()).isNull();
            assertThat(d.indicators()).allSatisfy(i -> assertThat(i.score()).isNull());
        });
        assertThat(r.dimensions().get(0).indicators().get(0).value()).isEqualTo(Fraction.parse("4.9"));
        assertThat(r.bonuses()).isEmpty();
        assertThat(r.deductions()).isEmpty();
        assertThat(r.growth().checks()).allSatisfy(c -> assertThat(c.pass()).isTrue());
    }

    @Test
    void any_violation_in_the_window_makes_the_growth_score_60() {
        ScoreResult r = Counters.perfect()
                .set(VALID_PAID, 10)
                .violations(ViolationKind.MOCKING_CONSUMER, 1)
                .evaluate(R9);
        assertThat(r.total()).isEqualByComparingTo("60");
        assertThat(r.growth().violations()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}: {1}/{2} passes {3}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # check                    | numerator | population | pass
              low_rating_orders        | 2         | 0          | true
              low_rating_orders        | 3         | 0          | false
              quality_return_orders    | 2         | 0          | true
              quality_return_orders    | 3         | 0          | false
              late_pickup_share        | 10        | 100        | true
              late_pickup_share        | 11        | 100        | false
              late_pickup_share        | 0         | 0          | true
              missed_delivery_share    | 10        | 100        | true
              missed_delivery_share    | 11        | 100        | false
              missed_delivery_share    | 0         | 0          | true
              damage_return_orders     | 1         | 0          | true
              damage_return_orders     | 2         | 0          | false
              after_sale_review_hours  | 24        | 1          | true
              after_sale_review_hours  | 25        | 1          | false
              after_sale_review_hours  | 0         | 0          | true
              im_avg_response_seconds  | 60        | 1          | true
              im_avg_response_seconds  | 61        | 1          | false
              im_avg_response_seconds  | 0         | 0          | true
              dissatisfied_sessions    | 3         | 0          | true
              dissatisfied_sessions    | 4         | 0          | false
              escalated_orders         | 2         | 0          | true
              escalated_orders         | 3         | 0          | false
            """)
    void each_growth_check_passes_up_to_its_limit_or_on_an_empty_population(
            String check, long numerator, long population, boolean pass) {
        Counters k = Counters.perfect().set(VALID_PAID, 20);
        switch (check) {
            case "low_rating_orders" -> k.set(LOW_RATING, numerator);
            case "quality_return_orders" -> k.set(QR_NUM, numerator);
            case "late_pickup_share" -> k.set(PK_LATE, numerator).set(PK_POP, population);
            case "missed_delivery_share" -> k.set(WB_POP, population).set(WB_MET, population - numerator);
            case "damage_return_orders" -> k.set(DR_NUM, numerator);
            case "after_sale_review_hours" -> k.set(ASR_POP, population).set(ASR_SUM, numerator * Timestamps.HOUR);
            case "im_avg_response_seconds" -> k.set(RND_POP, population).set(RND_SUM, numerator * Timestamps.SECOND);
            case "dissatisfied_sessions" -> k.set(DIS_NUM, numerator);
            case "escalated_orders" -> k.set(HELP_NUM, numerator);
            default -> throw new IllegalArgumentException(check);
        }
        ScoreResult r = k.evaluate(R9);
        assertThat(r.growth().checks())
                .filteredOn(c -> c.id().equals(check))
                .singleElement()
                .satisfies(c -> assertThat(c.pass()).isEqualTo(pass));
        assertThat(r.total()).isEqualByComparingTo(pass ? "70" : "60");
    }

    @Test
    void the_2026_07_growth_stage_checks_logistics_returns() {
        ScoreResult r = Counters.perfect().set(VALID_PAID, 20).set(LR_NUM, 2).evaluate(R7);
        assertThat(r.growth().checks())
                .filteredOn(c -> c.id().equals("logistics_return_orders"))
                .singleElement()
                .satisfies(c -> assertThat(c.pass()).isFalse());
        assertThat(r.total()).isEqualByComparingTo("60");
    }

    @Test
    void a_personal_shop_has_no_growth_stage_score() {
        ScoreResult r = Counters.perfect().set(VALID_PAID, 20).evaluate(R9, Counters.shop("其他", ShopType.PERSONAL));
        assertThat(r.stage()).isEqualTo(Stage.NONE);
        assertThat(r.total()).isNull();
        assertThat(r.reason()).contains("personal");
        ScoreResult formal = Counters.perfect().evaluate(R9, Counters.shop("其他", ShopType.PERSONAL));
        assertThat(formal.stage()).isEqualTo(Stage.FORMAL);
    }

    @ParameterizedTest(name = "{0} signed orders: {1}")
    @CsvSource({"29, NONE", "30, FORMAL"})
    void the_5_point_model_has_no_score_below_30_signed_orders(long signed, Stage stage) {
        Counters k = fivePointPerfect().set(SIGNED_VALID, signed);
        ScoreResult r = k.evaluate(R5);
        assertThat(r.stage()).isEqualTo(stage);
        if (stage == Stage.NONE) {
            assertThat(r.reason()).contains("30");
            assertThat(r.total()).isNull();
            assertThat(r.dimensions().get(0).indicators().get(0).value()).isNotNull();
        }
    }

    @Test
    void a_formal_shop_without_any_indicator_value_has_no_score() {
        // in the shipped sets the return rates always have a value in the formal stage; drop them to see it
        tools.jackson.databind.node.ObjectNode json =
                (tools.jackson.databind.node.ObjectNode) com.scoredesk.scoring.JsonAssert.parse(R9.toJson());
        for (tools.jackson.databind.JsonNode d : json.get("dimensions")) {
            ((tools.jackson.databind.node.ArrayNode) d.get("indicators"))
                    .removeIf(i -> i.get("id").asString().equals("damage_return_rate"));
        }
        json.withObject("floor").putArray("indicators");
        RuleSet withoutReturns = com.scoredesk.scoring.rules.RuleSetRegistry.parse(json.toString());
        ScoreResult r = new Counters().set(VALID_PAID, 100).evaluate(withoutReturns);
        assertThat(r.stage()).isEqualTo(Stage.NONE);
        assertThat(r.reason()).isNotBlank();
    }

    @ParameterizedTest(name = "{0} {1}: threshold {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
              其他     | NON_FLAGSHIP | 500
              其他     | FLAGSHIP     | 300
              其他     | PERSONAL     | 500
              家电     | NON_FLAGSHIP | 300
              花卉/绿植盆栽 | PERSONAL | 300
              女装     | NON_FLAGSHIP | 500
            """)
    void the_small_shop_threshold_is_300_for_flagships_and_listed_industries_else_500(
            String industry, ShopType type, int threshold) {
        assertThat(Counters.perfect()
                        .evaluate(R9, Counters.shop(industry, type))
                        .floorThreshold())
                .isEqualTo(threshold);
    }

    @ParameterizedTest(name = "{0} valid paid orders, {1} bad: floored {2}")
    @CsvSource({"499, 3, true", "500, 3, false", "499, 4, false", "100, 0, true"})
    void floored_indicators_score_exactly_80_in_a_small_shop_with_few_bad_events(long paid, long bad, boolean floored) {
        Counters k = Counters.perfect()
                .set(VALID_PAID, paid)
                .set(QR_POP, paid)
                .set(QR_NUM, bad)
                .set(LOW_RATING, bad)
                .set(DR_NUM, bad)
                .set(HELP_POP, paid)
                .set(HELP_NUM, bad)
                .set(DIS_NUM, bad);
        ScoreResult r = k.evaluate(R9);
        for (String id : List.of(
                "product_rating_avg",
                "quality_return_rate",
                "damage_return_rate",
                "platform_help_rate",
                "im_dissatisfaction_rate")) {
            ScoreResult.IndicatorScore i = r.indicator(id).orElseThrow();
            assertThat(i.floored()).as(id).isEqualTo(floored);
            if (floored) {
                assertThat(i.score()).as(id).isEqualTo(Fraction.of(80));
            }
        }
        assertThat(r.indicator("pickup_hours_avg").orElseThrow().floored()).isFalse();
        assertThat(r.indicator("delivery_on_time_rate").orElseThrow().floored()).isFalse();
    }

    @Test
    void the_floor_replaces_a_better_tier_and_needs_a_value() {
        ScoreResult r = Counters.perfect().set(VALID_PAID, 100).set(HELP_POP, 0).evaluate(R7);
        assertThat(r.indicator("product_rating_avg").orElseThrow().score()).isEqualTo(Fraction.of(80));
        assertThat(r.indicator("logistics_return_rate").orElseThrow().score()).isEqualTo(Fraction.of(80));
        assertThat(r.indicator("platform_help_rate").orElseThrow().value()).isNull();
        assertThat(r.indicator("platform_help_rate").orElseThrow().floored()).isFalse();
    }

    @Test
    void an_indicator_without_value_gives_its_weight_to_the_others_of_its_dimension() {
        ScoreResult r = Counters.perfect()
                .set(RATING_POP, 0)
                .set(RATING_SUM, 0)
                .set(QR_NUM, 40)
                .evaluate(R9);
        ScoreResult.DimensionScore product = r.dimension("product").orElseThrow();
        assertThat(product.indicators().get(0).weight()).isEqualTo(Fraction.ZERO);
        assertThat(product.indicators().get(0).nominalWeight()).isEqualByComparingTo("0.9");
        assertThat(product.indicators().get(1).weight()).isEqualTo(Fraction.ONE);
        assertThat(product.score()).isEqualTo(Fraction.of(60));
        assertThat(r.totalUnrounded())
                .isEqualTo(Fraction.parse("0.45").multiply(Fraction.of(60)).add(Fraction.parse("55")));
    }

    @Test
    void a_dimension_without_values_gives_its_weight_to_the_other_dimensions() {
        Counters k =
                Counters.perfect().set(PK_POP, 0).set(WB_POP, 0).set(WB_MET, 0).set(VALID_PAID, 1000);
        // damage_return_rate still has a value (population = valid paid orders), so logistics keeps it alone
        ScoreResult r = k.evaluate(R9);
        assertThat(r.dimension("logistics").orElseThrow().indicators().get(2).weight())
                .isEqualTo(Fraction.ONE);
        Counters none = Counters.perfect()
                .set(ASR_POP, 0)
                .set(RND_POP, 0)
                .set(DIS_POP, 0)
                .set(HELP_POP, 0)
                .set(RATING_SUM, 480)
                .set(QR_NUM, 10);
        ScoreResult s = none.evaluate(R7);
        ScoreResult.DimensionScore service = s.dimension("service").orElseThrow();
        assertThat(service.score()).isNull();
        assertThat(service.weight()).isEqualTo(Fraction.ZERO);
        assertThat(s.dimension("product").orElseThrow().weight()).isEqualTo(Fraction.of(3, 4));
        assertThat(s.totalUnrounded())
                .isEqualTo(Fraction.of(3, 4).multiply(Fraction.of(90)).add(Fraction.of(25)));
    }

    @ParameterizedTest(name = "remote service {0}, {1} remote orders, on-time {2}: logistics {3}")
    @CsvSource({"true, 1, 100, 100", "true, 1, 96, 96", "false, 5, 96, 93", "true, 0, 96, 93"})
    void the_remote_logistics_bonus_adds_3_to_logistics_capped_at_100(
            boolean service, long remote, long met, String logistics) {
        Counters k = Counters.perfect().set(REMOTE, remote).set(WB_MET, met);
        Shop shop = Counters.shop("其他", ShopType.NON_FLAGSHIP).withRemoteLogisticsService(service);
        ScoreResult r = k.evaluate(R9, shop);
        assertThat(r.dimension("logistics").orElseThrow().score()).isEqualTo(Fraction.parse(logistics));
        boolean earned = service && remote > 0;
        assertThat(r.bonuses()).hasSize(earned ? 1 : 0);
        if (earned) {
            assertThat(r.bonuses().get(0).dimension()).isEqualTo("logistics");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # case                                | nextDay | freight | setting | bulky | install | bonus
              next-day on exactly 20%             | 200     | 0       | false   | 0     | 0       | 5
              next-day on 19.9%                   | 199     | 0       | false   | 0     | 0       | 0
              freight insurance with the setting  | 0       | 1       | true    | 0     | 0       | 2
              freight insurance without it        | 0       | 5       | false   | 0     | 0       | 0
              bulky freight insurance             | 0       | 0       | false   | 1     | 0       | 2
              installation on 300 of 1000         | 0       | 0       | false   | 0     | 300     | 2
              installation on 299 of 1000         | 0       | 0       | false   | 0     | 299     | 0
              all of them                         | 200     | 1       | true    | 1     | 300     | 11
            """)
    void the_2026_09_bonuses_count_valid_orders_paid_in_the_window(
            String name, long nextDay, long freight, boolean setting, long bulky, long install, int bonus) {
        Counters k = Counters.perfect()
                .set(RATING_SUM, 470) // 4.70 -> 76.25... keep the total below 100 so bonuses show
                .set(NEXT_DAY, nextDay)
                .set(FREIGHT_INS, freight)
                .set(BULKY_INS, bulky)
                .set(HOME_INSTALL, install);
        Shop shop = Counters.shop("其他", ShopType.NON_FLAGSHIP).withFreightInsuranceEnabled(setting);
        ScoreResult without = k.evaluate(R9, shop.withFreightInsuranceEnabled(false));
        ScoreResult with = k.evaluate(R9, shop);
        int points = with.bonuses().stream()
                .mapToInt(b -> b.points().intValueExact())
                .sum();
        assertThat(points).isEqualTo(bonus);
        Fraction base = Counters.perfect().set(RATING_SUM, 470).evaluate(R9).totalUnrounded();
        assertThat(with.totalUnrounded()).isEqualTo(base.add(Fraction.of(bonus)).min(Fraction.of(100)));
        assertThat(without.bonuses()).noneMatch(b -> b.id().equals("freight_insurance"));
    }

    @Test
    void installation_needs_at_least_50_orders_even_above_30_percent() {
        ScoreResult r =
                Counters.perfect().set(VALID_PAID, 100).set(HOME_INSTALL, 49).evaluate(R9);
        assertThat(r.bonuses()).isEmpty();
        ScoreResult s =
                Counters.perfect().set(VALID_PAID, 100).set(HOME_INSTALL, 50).evaluate(R9);
        assertThat(s.bonuses()).extracting(ScoreResult.Bonus::id).containsExactly("home_installation");
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # rules           | violations                                              | points
              douyin-2026-07  | abnormal_return_address=3,refuse_invoice=3              | 9,6
              douyin-2026-07  | refuse_invoice=6                                        | 15
              douyin-2026-07  | fake_orders=1                                           | 15
              douyin-2026-07  | fake_orders=2                                           | 15
              douyin-2026-07  | mocking_consumer=2                                      | 0
              douyin-2026-09  | abnormal_return_address=3,refuse_invoice=6              | 6,10
              douyin-2026-09  | fake_orders=2,false_advertising=1                       | 10,10
              douyin-2026-09  | fraudulent_shipping=1,brand_confusion=1                 | 10,10
              douyin-2026-09  | unjustified_after_sale_refusal=1                        | 0
            """)
    void deductions_are_capped_per_window(String ruleSet, String violations, String points) {
        Counters k = Counters.perfect();
        for (String v : violations.split(",")) {
            String[] kv = v.split("=");
            k.violations(ViolationKind.valueOf(kv[0].toUpperCase(java.util.Locale.ROOT)), Long.parseLong(kv[1]));
        }
        ScoreResult r = k.evaluate(rules(ruleSet));
        List<String> expected = List.of(points.split(","));
        assertThat(r.deductions()).extracting(d -> d.points().toPlainString()).containsExactlyElementsOf(expected);
        int sum = expected.stream().mapToInt(Integer::parseInt).sum();
        assertThat(r.totalUnrounded())
                .isEqualTo(Fraction.of(100 - sum)
                        .max(Fraction.of(rules(ruleSet).scale().min())));
    }

    @Test
    void totals_are_clamped_to_the_scale() {
        Counters k = Counters.perfect()
                .violations(ViolationKind.FAKE_ORDERS, 1)
                .violations(ViolationKind.FALSE_ADVERTISING, 1)
                .violations(ViolationKind.FRAUDULENT_SHIPPING, 1)
                .violations(ViolationKind.BRAND_CONFUSION, 1)
                .set(RATING_SUM, 100)
                .set(QR_NUM, 900)
                .set(WB_MET, 0)
                .set(HELP_NUM, 900)
                .set(DIS_NUM, 100)
                .set(RND_SUM, 100 * 600 * Timestamps.SECOND)
                .set(ASR_SUM, 10 * 100 * Timestamps.HOUR)
                .set(PK_SUM, 100 * 100 * Timestamps.HOUR)
                .set(DR_NUM, 900);
        assertThat(k.evaluate(R9).totalUnrounded()).isEqualTo(Fraction.of(10));
        k.violations(ViolationKind.ABNORMAL_RETURN_ADDRESS, 10).violations(ViolationKind.REFUSE_INVOICE, 10);
        assertThat(k.evaluate(R9).totalUnrounded()).isEqualTo(Fraction.ZERO);
        assertThat(k.evaluate(R9).total()).isEqualByComparingTo("0");
        assertThat(k.evaluate(R7).total()).isEqualByComparingTo("50");
    }

    static Counters fivePointPerfect() {
        Counters k = new Counters();
        k.set(SIGNED_VALID, 100).set(NEG_POP, 100).set(QRL_POP, 100).set(COMP_POP, 100);
        k.set(PT_POP, 100).set(PT_BUCKET, 100);
        k.set(DELIV_POP, 100).set(DELIV_SUM, 100 * 40 * Timestamps.HOUR);
        k.set(DISP_POP, 10).set(IM3_POP, 10).set(IM3_NUM, 10);
        k.set(RO_POP, 10).set(RO_SUM, 10 * 2 * Timestamps.HOUR);
        k.set(RR_POP, 10).set(RR_SUM, 10 * 20 * Timestamps.HOUR);
        return k;
    }

    @ParameterizedTest(name = "unrounded {0}, {1}/{2} dissatisfied: gate applied {3}, total {4}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # negative reviews | dissatisfied | rated | applied | total
              0                | 16           | 100   | true    | 4.90
              0                | 15           | 100   | false   | 5.00
              0                | 0            | 0     | false   | 5.00
              4                | 16           | 100   | true    | 4.70
              4                | 15           | 100   | false   | 4.80
              5                | 16           | 100   | false   | 4.76
            """)
    void the_5_point_gate_takes_010_above_480_with_over_15_percent_dissatisfied(
            long negative, long dissatisfied, long rated, boolean applied, String total) {
        // 4 negative of 100 -> 4% -> 4.2 on a 0.25 share of the total: exactly 4.80, where the gate starts;
        // 5% -> 4.025: 4.75625
        Counters k = fivePointPerfect()
                .set(NEG_NUM, negative)
                .set(GATE_NUM, dissatisfied)
                .set(GATE_POP, rated);
        ScoreResult r = k.evaluate(R5);
        assertThat(r.gate().applied()).isEqualTo(applied);
        assertThat(r.gate().rate()).isEqualTo(rated == 0 ? null : Fraction.of(dissatisfied, rated));
        assertThat(r.total()).isEqualByComparingTo(total);
        assertThat(r.shown()).isEqualByComparingTo(total);
    }

    @Test
    void a_5_point_total_has_two_decimals_and_is_clamped_to_3() {
        Counters k = fivePointPerfect()
                .set(NEG_NUM, 100)
                .set(QRL_NUM, 100)
                .set(COMP_NUM, 100)
                .set(PT_BUCKET, 0)
                .set(DELIV_SUM, 100 * 500 * Timestamps.HOUR)
                .set(DISP_NUM, 10)
                .set(IM3_NUM, 0)
                .set(RO_SUM, 10 * 500 * Timestamps.HOUR)
                .set(RR_SUM, 10 * 500 * Timestamps.HOUR);
        ScoreResult r = k.evaluate(R5);
        assertThat(r.total()).isEqualByComparingTo("3.00");
        assertThat(r.total().scale()).isEqualTo(2);
        assertThat(r.consequences().mayEndCooperation()).isTrue();
        assertThat(r.consequences().band()).isEqualTo("差");
        assertThat(r.consequences().settlementDays()).isEqualTo(10);
        assertThat(r.consequences().alliance()).isFalse();
    }

    @ParameterizedTest(name = "5-point total {0}: alliance {1}, may end {2}, settles in {3} days, band {4}")
    @CsvSource({
        "4.71, true, false, 4, 优", "4.70, true, false, 4, 良", "4.40, true, false, 4, 良", "4.39, true, false, 10, 差",
        "4.00, true, false, 10, 差", "3.99, false, false, 10, 差", "3.20, false, false, 10, 差", "3.19, false, true, 10, 差"
    })
    void five_point_consequences(BigDecimal total, boolean alliance, boolean mayEnd, int days, String band) {
        var rule = R5.consequences();
        assertThat(rule.alliance().isOpen(total, id -> null)).isEqualTo(alliance);
        assertThat(rule.mayEndCooperation(total)).isEqualTo(mayEnd);
        assertThat(rule.settlementDays(total)).isEqualTo(days);
        assertThat(rule.band(total)).isEqualTo(band);
    }

    @ParameterizedTest(name = "total {0}, product {1}: alliance {2}")
    @CsvSource({"70, 65, true", "69, 90, false", "70, 64.99, false", "100, 100, true"})
    void the_selected_alliance_needs_70_and_an_unrounded_product_dimension_of_65(
            BigDecimal total, String product, boolean open) {
        for (RuleSet rules : List.of(R7, R9)) {
            assertThat(rules.consequences()
                            .alliance()
                            .isOpen(total, id -> id.equals("product") ? Fraction.parse(product) : null))
                    .isEqualTo(open);
        }
    }

    @ParameterizedTest(name = "shown {0}: {1} stars")
    @CsvSource({
        "5.0, 5.0",
        "4.8, 5.0",
        "4.7, 4.5",
        "4.5, 4.5",
        "4.4, 4.0",
        "4.0, 4.0",
        "3.9, 3.5",
        "3.5, 3.5",
        "3.4, 3.0",
        "3.0, 3.0",
        "4.85, 5.0"
    })
    void stars_follow_the_shown_score(BigDecimal shown, BigDecimal stars) {
        for (RuleSet rules : List.of(R5, R7, R9)) {
            assertThat(rules.stars().stars(shown)).isEqualByComparingTo(stars);
        }
    }
}
