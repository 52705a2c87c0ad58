package com.scoredesk.score;

import static com.scoredesk.activity.ActivityFixtures.deliveredOrders;
import static com.scoredesk.activity.ActivityFixtures.onlyOrders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoredesk.activity.ShopActivityService;
import com.scoredesk.testing.DomainSlice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live score follows committed data changes: these tests commit (no rolled-back test transaction), because the
 * recomputation runs after commit on another thread, and delete their shop afterwards.
 */
@DomainSlice
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class LiveScoreServiceTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ShopActivityService activity;

    @Autowired
    LiveScoreService live;

    @Autowired
    ScoreServicesTestSupport.ScoreUpdates updates;

    long shopId;

    @BeforeEach
    void a_committed_shop() {
        jdbc.update("INSERT INTO shop (code, name, industry, shop_type) VALUES ('LIVE', '直播店', '女装', 'FLAGSHIP')");
        shopId = Objects.requireNonNull(jdbc.queryForObject("SELECT id FROM shop WHERE code = 'LIVE'", Long.class));
        updates.received.clear();
    }

    @AfterEach
    void delete_the_shop() {
        SecurityContextHolder.clearContext();
        jdbc.update("DELETE FROM shop WHERE id = ?", shopId);
    }

    @Test
    void a_committed_data_change_recomputes_the_projection_and_publishes_it() throws InterruptedException {
        activity.insertUnchecked(shopId, onlyOrders(deliveredOrders("O", 40, LocalDate.of(2026, 10, 10))));

        ShopScoreUpdated update = nextUpdateOf(shopId);

        assertThat(update.score().asOf()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(update.score().computedAt()).isEqualTo(ScoreTestConfiguration.NOW);
        assertThat(update.score().projected().asOf()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(update.score().forecast())
                .extracting(day -> day.day())
                .containsExactly(
                        LocalDate.of(2026, 11, 21),
                        LocalDate.of(2026, 11, 22),
                        LocalDate.of(2026, 11, 23),
                        LocalDate.of(2026, 11, 24),
                        LocalDate.of(2026, 11, 25),
                        LocalDate.of(2026, 11, 26),
                        LocalDate.of(2026, 11, 27));
        assertThat(live.currentUnchecked(shopId)).isEqualTo(update.score());
    }

    @Test
    void the_projection_counts_what_was_committed() throws InterruptedException {
        activity.insertUnchecked(shopId, onlyOrders(deliveredOrders("A", 10, LocalDate.of(2026, 11, 1))));
        long before = validPaidOrders(nextUpdateOf(shopId));

        activity.insertUnchecked(shopId, onlyOrders(deliveredOrders("B", 5, LocalDate.of(2026, 11, 1))));

        assertThat(validPaidOrders(nextUpdateOf(shopId))).isEqualTo(before + 5);
    }

    @Test
    void the_periodic_refresh_recomputes_the_projections_views_asked_for() throws InterruptedException {
        live.currentUnchecked(shopId);
        nextUpdateOf(shopId);

        live.refreshKnown();

        assertThat(nextUpdateOf(shopId).score().computedAt()).isEqualTo(ScoreTestConfiguration.NOW);
    }

    @Test
    void only_users_of_the_shop_see_its_live_score() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated("nobody", null, List.of()));

        assertThatThrownBy(() -> live.current(shopId)).isInstanceOf(AccessDeniedException.class);
    }

    private static long validPaidOrders(ShopScoreUpdated update) {
        return Objects.requireNonNull(update.score().projected().growth()).validPaidOrders();
    }

    private ShopScoreUpdated nextUpdateOf(long shop) throws InterruptedException {
        List<ShopScoreUpdated> others = new ArrayList<>();
        while (true) {
            ShopScoreUpdated update = updates.received.poll(20, TimeUnit.SECONDS);
            assertThat(update).as("a score update of shop %d", shop).isNotNull();
            if (Objects.requireNonNull(update).shopId() == shop) {
                return update;
            }
            others.add(update);
        }
    }
}
