package com.scoredesk.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoredesk.scoring.Examples;
import com.scoredesk.scoring.Fraction;
import com.scoredesk.scoring.model.ShopData;
import com.scoredesk.scoring.score.ExperienceScoreCalculator;
import com.scoredesk.scoring.score.ScoreResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetOverridesTest {

    private final RuleSetRegistry registry = RuleSetRegistry.standard();
    private final RuleSet base = registry.require("douyin-2026-09");
    private final ShopData e1 = Examples.read("e1_womenswear_600").data();
    private final LocalDate asOf = LocalDate.of(2026, 11, 10);
    private final ExperienceScoreCalculator calculator = new ExperienceScoreCalculator();

    @Test
    void industry_thresholds_change_the_score_of_shops_in_that_industry() {
        RuleSetOverrides stricter = RuleSetOverrides.thresholds(
                "product_rating_avg",
                List.of(
                        new BigDecimal("4.95"),
                        new BigDecimal("4.9"),
                        new BigDecimal("4.85"),
                        new BigDecimal("4.8"),
                        new BigDecimal("4.7")));
        RuleSetRegistry withOverride = registry.withIndustryOverrides("douyin-2026-09", "女装", stricter);

        ScoreResult before = calculator.score(e1, asOf, registry, null);
        ScoreResult after = calculator.score(e1, asOf, withOverride, null);

        // 697/151 = 4.6159 is below the new 60 point (4.7): on the extended line 50 + 10 * (4.6159 - 4.6) / 0.1
        Fraction expected = Fraction.of(50)
                .add(Fraction.of(697, 151).subtract(Fraction.parse("4.6")).multiply(Fraction.of(100)));
        assertThat(after.indicator("product_rating_avg").orElseThrow().score()).isEqualTo(expected);
        Fraction drop = before.indicator("product_rating_avg")
                .orElseThrow()
                .score()
                .subtract(expected)
                .multiply(Fraction.parse("0.45"))
                .multiply(Fraction.parse("0.9"));
        assertThat(after.totalUnrounded()).isEqualTo(before.totalUnrounded().subtract(drop));
        assertThat(after.total()).isEqualByComparingTo("58");
        assertThat(before.total()).isEqualByComparingTo("65");
    }

    @Test
    void industry_overrides_do_not_touch_other_industries() {
        RuleSetRegistry withOverride = registry.withIndustryOverrides(
                "douyin-2026-09", "茶", RuleSetOverrides.dimensionWeight("product", new BigDecimal("0.9")));
        assertThat(calculator.score(e1, asOf, withOverride, null))
                .isEqualTo(calculator.score(e1, asOf, registry, null));
    }

    @Test
    void shop_overrides_apply_after_industry_overrides() {
        RuleSetRegistry r = registry.withIndustryOverrides(
                        "douyin-2026-09", "女装", RuleSetOverrides.dimensionWeight("product", new BigDecimal("0.9")))
                .withShopOverrides(
                        "douyin-2026-09", "S-E1", RuleSetOverrides.dimensionWeight("product", new BigDecimal("0.5")));
        RuleSet resolved = r.resolve(asOf, null, e1.shop());
        assertThat(resolved.dimensions().get(0).weight()).isEqualByComparingTo("0.5");
        assertThat(resolved.dimensions().get(1).weight()).isEqualByComparingTo("0.15");
    }

    @Test
    void json_patches_merge_arrays_by_id_and_keep_the_rest() {
        RuleSetOverrides patch = RuleSetOverrides.ofJson(
                """
                {"stage": {"checks": [{"id": "escalated_orders", "limit": 5}]},
                 "floor": {"threshold": 800},
                 "indicators": {"platform_help_rate": {"curve": {"extendTo": 40}}}}
                """);
        RuleSet changed = base.with(patch);
        StageRule.Growth growth = (StageRule.Growth) changed.stage();
        assertThat(growth.checks()).hasSize(9);
        assertThat(growth.checks().get(8).limit()).isEqualByComparingTo("5");
        assertThat(growth.checks().get(0).limit()).isEqualByComparingTo("2");
        assertThat(changed.floor().threshold()).isEqualTo(800);
        assertThat(changed.floor().smallThreshold()).isEqualTo(300);
        assertThat(changed.indicator("platform_help_rate").orElseThrow().curve().score(Fraction.parse("0.045")))
                .isEqualTo(Fraction.of(40));
        assertThat(base.indicator("platform_help_rate").orElseThrow().curve().score(Fraction.parse("0.045")))
                .isEqualTo(Fraction.of(50));
    }

    @Test
    void an_override_that_breaks_the_rule_set_is_refused() {
        assertThatThrownBy(() -> base.with(RuleSetOverrides.ofJson("{\"windowDays\": \"thirty\"}")))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("windowDays");
        assertThatThrownBy(() -> base.with(RuleSetOverrides.thresholds("no_such_indicator", List.of())))
                .isInstanceOf(RuleSetException.class);
        assertThatThrownBy(() -> registry.withIndustryOverrides(
                        "douyin-2026-09",
                        "女装",
                        RuleSetOverrides.thresholds("product_rating_avg", List.of(BigDecimal.ONE))))
                .isInstanceOf(RuleSetException.class);
    }

    @Test
    void overrides_round_trip_through_json() {
        RuleSetOverrides o = RuleSetOverrides.growthLimit("escalated_orders", BigDecimal.TEN)
                .then(RuleSetOverrides.indicatorWeight("pickup_hours_avg", new BigDecimal("0.2")));
        assertThat(o.toJson()).contains("escalated_orders", "pickup_hours_avg");
        assertThat(base.with(o).indicator("pickup_hours_avg").orElseThrow().weight())
                .isEqualByComparingTo("0.2");
    }
}
