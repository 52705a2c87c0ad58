package com.scoredesk.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoredesk.scoring.model.ShopType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Service weights come from the official table, by industry and shop type, in the contract's lookup order. */
class WeightTableTest {

    private final WeightTable table = RuleSetRegistry.standard()
            .require("douyin-2026-09")
            .dimensions()
            .get(2)
            .weightTable();

    @ParameterizedTest(name = "{0} {1}: review {2}, response {3}, dissatisfaction {4}, help {5}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # industry     | type         | review | response | dissat | help
              女装         | NON_FLAGSHIP | 0.2    | 0.4      | 0.2    | 0.2
              女装         | FLAGSHIP     | 0.25   | 0.25     | 0.25   | 0.25
              女装         | PERSONAL     | 0.2    | 0.4      | 0.2    | 0.2
              茶           | FLAGSHIP     | 0.15   | 0.3      | 0.25   | 0.3
              茶           | PERSONAL     | 0.15   | 0.3      | 0.25   | 0.3
              玩具乐器     | NON_FLAGSHIP | 0.3    | 0.4      | 0.15   | 0.15
              医疗健康     | NON_FLAGSHIP | 0.25   | 0.25     | 0.25   | 0.25
              不存在的行业 | NON_FLAGSHIP | 0.25   | 0.25     | 0.25   | 0.25
              其他         | FLAGSHIP     | 0.25   | 0.25     | 0.25   | 0.25
            """)
    void looks_up_own_row_then_general_then_non_flagship_then_other(
            String industry, ShopType type, String review, String response, String dissat, String help) {
        assertThat(table.weight("after_sale_review_hours", industry, type)).isEqualByComparingTo(review);
        assertThat(table.weight("im_avg_response_seconds", industry, type)).isEqualByComparingTo(response);
        assertThat(table.weight("im_dissatisfaction_rate", industry, type)).isEqualByComparingTo(dissat);
        assertThat(table.weight("platform_help_rate", industry, type)).isEqualByComparingTo(help);
    }
}
