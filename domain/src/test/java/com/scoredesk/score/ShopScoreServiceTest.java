package com.scoredesk.score;

import static com.scoredesk.activity.ActivityFixtures.paidOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoredesk.activity.ActivityBatch;
import com.scoredesk.activity.ShopActivityService;
import com.scoredesk.scoring.score.ScoreResult;
import com.scoredesk.scoring.score.Stage;
import com.scoredesk.shop.Shop;
import com.scoredesk.shop.ShopType;
import com.scoredesk.testing.DomainSlice;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who may see a shop's score, and which rule set scores it. */
@DomainSlice
class ShopScoreServiceTest {

    @Autowired
    TestEntityManager em;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ShopActivityService activity;

    @Autowired
    ShopScoreService scores;

    long teaShop;
    long fashionShop;

    @BeforeEach
    void two_shops_and_an_agent_of_one_of_them() {
        teaShop = persist(new Shop("TEA", "茶铺", "茶", ShopType.NON_FLAGSHIP));
        fashionShop = persist(new Shop("FASHION", "女装店", "女装", ShopType.FLAGSHIP));
        jdbc.update("INSERT INTO app_user (username, display_name, password_hash) VALUES ('agent2', '客服', 'x')");
        long agent = Objects.requireNonNull(
                jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'agent2'", Long.class));
        jdbc.update("INSERT INTO user_role (user_id, role) VALUES (?, 'AGENT')", agent);
        jdbc.update("INSERT INTO user_shop (user_id, shop_id) VALUES (?, ?)", agent, teaShop);
        activity.insertUnchecked(
                teaShop,
                new ActivityBatch(
                        List.of(paidOrder("O1", "2026-11-10 10:00:00")),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of()));
    }

    @AfterEach
    void log_out() {
        SecurityContextHolder.clearContext();
    }

    private long persist(Shop shop) {
        return Objects.requireNonNull(em.persistAndFlush(shop).getId());
    }

    private static void logInAs(String username) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, List.of(new SimpleGrantedAuthority("ROLE_AGENT"))));
    }

    @Test
    void an_agent_sees_the_score_of_a_shop_of_theirs() {
        logInAs("agent2");

        ScoreResult score = scores.scoreToday(teaShop);

        assertThat(score.asOf()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(score.ruleSetId()).isEqualTo("douyin-2026-09");
        assertThat(score.stage()).isEqualTo(Stage.GROWTH);
        assertThat(Objects.requireNonNull(score.growth()).validPaidOrders()).isOne();
    }

    @Test
    void an_agent_cannot_see_the_score_of_another_shop() {
        logInAs("agent2");

        assertThatThrownBy(() -> scores.score(fashionShop, LocalDate.of(2026, 11, 20)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_logged_in_sees_no_score() {
        assertThatThrownBy(() -> scores.score(teaShop, LocalDate.of(2026, 11, 20)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_pinned_rule_set_scores_every_date_and_a_given_one_overrides_it() {
        em.find(Shop.class, teaShop).pinRuleSet("douyin-2022-5pt");
        em.flush();

        assertThat(scores.scoreUnchecked(teaShop, LocalDate.of(2026, 11, 20), null)
                        .ruleSetId())
                .isEqualTo("douyin-2022-5pt");
        assertThat(scores.scoreUnchecked(teaShop, LocalDate.of(2026, 11, 20), "douyin-2026-07")
                        .ruleSetId())
                .isEqualTo("douyin-2026-07");
    }
}
