package com.scoredesk.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoredesk.activity.ActivityBatches;
import com.scoredesk.activity.ShopActivityService;
import com.scoredesk.score.ScoreTestConfiguration;
import com.scoredesk.score.ShopScoreService;
import com.scoredesk.scoring.generate.GeneratorSpec;
import com.scoredesk.scoring.generate.ShopGenerator;
import com.scoredesk.scoring.model.ShopData;
import com.scoredesk.scoring.score.ScoreResult;
import com.scoredesk.scoring.score.ScoreResult.IndicatorScore;
import com.scoredesk.shop.Shop;
import com.scoredesk.shop.ShopType;
import com.scoredesk.testing.DomainSlice;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The drill-down lists exactly the rows the engine counts: for every indicator of every rule set, on a generated
 * shop with plenty of trouble, the number of rows equals the engine's numerator (bad items of a rate), its population
 * minus its numerator (misses of a good-items rate) or its population (items of an average).
 */
@DomainSlice
@Import(KpiTestSupport.class)
abstract class IndicatorRowsContract {

    @Autowired
    TestEntityManager em;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ShopActivityService activity;

    @Autowired
    ShopScoreService scores;

    @Autowired
    IndicatorRowsService rows;

    @AfterEach
    void log_out() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"douyin-2026-09", "douyin-2026-07", "douyin-2022-5pt"})
    void every_drill_down_lists_the_rows_the_engine_counts(String ruleSet) {
        long shopId = generatedShop(ruleSet, 7);
        logInAs("lead", "SUPERVISOR", shopId);

        ScoreResult result = scores.scoreUnchecked(shopId, scores.today(), null);

        assertThat(result.ruleSetId()).isEqualTo(ruleSet);
        List<String> checked = new ArrayList<>();
        for (var dimension : result.dimensions()) {
            for (IndicatorScore indicator : dimension.indicators()) {
                IndicatorRows what = rows.describe(shopId, indicator.id())
                        .orElseThrow(() -> new AssertionError("no drill-down for " + indicator.id()));
                long expected =
                        switch (what.what()) {
                            case "numerator" -> indicator.numerator().longValueExact();
                            case "failures" ->
                                indicator.population() - indicator.numerator().longValueExact();
                            default -> indicator.population();
                        };
                assertThat(rows.count(shopId, indicator.id()))
                        .as(indicator.id())
                        .isEqualTo(expected);
                List<IndicatorRow> page = rows.page(shopId, indicator.id(), 0, 20);
                assertThat(page).as(indicator.id()).hasSize((int) Math.min(expected, 20));
                checked.add(indicator.id() + "=" + expected);
            }
        }
        assertThat(checked).isNotEmpty();
    }

    @Test
    void an_average_lists_its_worst_rows_first() {
        long shopId = generatedShop("douyin-2026-07", 11);
        logInAs("lead", "SUPERVISOR", shopId);

        List<IndicatorRow> ratings = rows.page(shopId, "product_rating_avg", 0, 200);

        assertThat(ratings).isNotEmpty();
        assertThat(ratings).extracting(IndicatorRow::measure).isSortedAccordingTo(java.math.BigDecimal::compareTo);
    }

    @Test
    void an_agent_gets_no_drill_down() {
        long shopId = generatedShop("douyin-2026-09", 3);
        logInAs("agent9", "AGENT", shopId);

        assertThatThrownBy(() -> rows.count(shopId, "product_rating_avg")).isInstanceOf(AccessDeniedException.class);
    }

    private long generatedShop(String ruleSet, long seed) {
        ShopData data = new ShopGenerator(seed)
                .generate(GeneratorSpec.typical(1500, 130, ScoreTestConfiguration.NOW)
                        .withTrouble(4.0));
        Shop shop = new Shop("GEN-" + ruleSet + "-" + seed, "生成的店", data.shop().industry(), ShopType.NON_FLAGSHIP);
        shop.pinRuleSet(ruleSet);
        long shopId = Objects.requireNonNull(em.persistAndFlush(shop).getId());
        activity.insertUnchecked(shopId, ActivityBatches.fromShopData(data));
        return shopId;
    }

    private void logInAs(String username, String role, long shopId) {
        jdbc.update(
                "INSERT INTO app_user (username, display_name, password_hash) VALUES (?, ?, 'x')", username, username);
        long user = Objects.requireNonNull(
                jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username));
        jdbc.update("INSERT INTO user_role (user_id, role) VALUES (?, ?)", user, role);
        jdbc.update("INSERT INTO user_shop (user_id, shop_id) VALUES (?, ?)", user, shopId);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }
}
