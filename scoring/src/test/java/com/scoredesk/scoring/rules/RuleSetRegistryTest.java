package com.scoredesk.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoredesk.scoring.model.Shop;
import com.scoredesk.scoring.model.ShopType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RuleSetRegistryTest {

    private final RuleSetRegistry registry = RuleSetRegistry.standard();
    private final Shop shop = new Shop("S1", "店", "其他", ShopType.NON_FLAGSHIP, null, false, false);

    @ParameterizedTest(name = "{0} is scored by {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
              2022-12-08 | douyin-2022-5pt
              2023-06-01 | douyin-2022-5pt
              2024-07-31 | douyin-2022-5pt
              2024-08-01 | douyin-2026-07
              2025-05-20 | douyin-2026-07
              2026-07-13 | douyin-2026-07
              2026-07-14 | douyin-2026-07
              2026-09-07 | douyin-2026-07
              2026-09-08 | douyin-2026-09
              2030-01-01 | douyin-2026-09
            """)
    void picks_the_rule_set_in_force_on_the_scored_day(LocalDate day, String ruleSet) {
        assertThat(registry.inForce(day).id()).isEqualTo(ruleSet);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-12-07", "2020-01-01"})
    void no_rule_set_is_in_force_before_2022_12_08(LocalDate day) {
        assertThatThrownBy(() -> registry.inForce(day))
                .isInstanceOf(NoRuleSetException.class)
                .hasMessageContaining(day.toString());
    }

    @Test
    void a_pinned_rule_set_scores_any_day() {
        assertThat(registry.resolve(LocalDate.of(2020, 1, 1), "douyin-2026-09", shop)
                        .id())
                .isEqualTo("douyin-2026-09");
        assertThat(registry.resolve(LocalDate.of(2026, 11, 1), "douyin-2022-5pt", shop)
                        .id())
                .isEqualTo("douyin-2022-5pt");
    }

    @Test
    void an_unknown_pinned_rule_set_is_an_error() {
        assertThatThrownBy(() -> registry.resolve(LocalDate.of(2026, 11, 1), "douyin-1999", shop))
                .isInstanceOf(RuleSetException.class)
                .hasMessageContaining("douyin-1999");
    }

    @Test
    void ships_the_three_rule_sets_with_their_scales_and_windows() {
        assertThat(registry.ruleSets())
                .extracting(RuleSet::id)
                .containsExactly("douyin-2022-5pt", "douyin-2026-07", "douyin-2026-09");
        RuleSet five = registry.require("douyin-2022-5pt");
        assertThat(five.windowDays()).isEqualTo(90);
        assertThat(five.scale().decimals()).isEqualTo(2);
        assertThat(registry.require("douyin-2026-07").scale().min()).isEqualByComparingTo("50");
        assertThat(registry.require("douyin-2026-09").scale().min()).isEqualByComparingTo("0");
        assertThat(registry.require("douyin-2026-09").windowDays()).isEqualTo(30);
    }

    @Test
    void a_rule_set_survives_a_round_trip_through_its_json() {
        RuleSet set = registry.require("douyin-2026-09");
        assertThat(RuleSetRegistry.parse(set.toJson())).isEqualTo(set);
    }

    @Test
    void a_rule_set_file_with_an_unknown_indicator_is_refused() {
        String json = registry.require("douyin-2026-09").toJson().replace("\"platform_help_rate\"", "\"mystery_rate\"");
        assertThatThrownBy(() -> RuleSetRegistry.parse(json)).hasMessageContaining("mystery_rate");
    }
}
