package com.scoredesk.scoring.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoredesk.scoring.JsonAssert;
import com.scoredesk.scoring.ShopFixture;
import com.scoredesk.scoring.model.ShopType;
import com.scoredesk.scoring.rules.RuleSetRegistry;
import com.scoredesk.scoring.score.ExperienceScoreCalculator;
import com.scoredesk.scoring.score.ScoreResult;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The JSON shape of answers the example files do not show: no score. */
class ScoreJsonTest {

    private final RuleSetRegistry registry = RuleSetRegistry.standard();

    @Test
    void a_5_point_shop_without_enough_signed_orders_has_a_reason_and_no_total() {
        ShopFixture shop = new ShopFixture();
        shop.order().paid("2023-05-01 10:00:00").signed("2023-05-03 10:00:00").add();
        ScoreResult r = new ExperienceScoreCalculator()
                .score(shop.build(), LocalDate.of(2023, 6, 1), registry.require("douyin-2022-5pt"));

        JsonNode json = JsonAssert.parse(ScoreJson.toJson(r));

        assertThat(List.copyOf(json.propertyNames()))
                .containsExactly(
                        "shopId",
                        "ruleSet",
                        "asOf",
                        "window",
                        "stage",
                        "total",
                        "shown",
                        "reason",
                        "dimensions",
                        "bonuses",
                        "deductions",
                        "consequences",
                        "gate",
                        "totalUnrounded");
        assertThat(json.get("stage").asString()).isEqualTo("none");
        assertThat(json.get("total").isNull()).isTrue();
        assertThat(json.get("reason").asString()).contains("fewer than 30");
        assertThat(json.get("consequences").isNull()).isTrue();
        assertThat(json.get("gate").get("rate").isNull()).isTrue();
        assertThat(json.get("dimensions")
                        .get(0)
                        .get("indicators")
                        .get(0)
                        .get("value")
                        .asInt())
                .isZero();
        assertThat(json.get("dimensions")
                        .get(0)
                        .get("indicators")
                        .get(0)
                        .get("score")
                        .isNull())
                .isTrue();
    }

    @Test
    void a_personal_shop_in_the_growth_stage_has_no_score_and_keeps_its_order_count() {
        ShopFixture shop = new ShopFixture("其他", ShopType.PERSONAL);
        shop.order().paid("2026-10-20 10:00:00").add();
        ScoreResult r = new ExperienceScoreCalculator()
                .score(shop.build(), LocalDate.of(2026, 11, 1), registry.require("douyin-2026-09"));

        JsonNode json = JsonAssert.parse(ScoreJson.toCompactJson(r));

        assertThat(json.get("stage").asString()).isEqualTo("none");
        assertThat(json.get("validPaidOrders").asInt()).isEqualTo(1);
        assertThat(json.get("floorThreshold").asInt()).isEqualTo(500);
        assertThat(json.get("totalUnrounded").isNull()).isTrue();
        assertThat(json.has("growth")).isFalse();
    }
}
