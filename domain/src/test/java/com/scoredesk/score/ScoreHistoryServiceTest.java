package com.scoredesk.score;

import static com.scoredesk.activity.ActivityFixtures.deliveredOrders;
import static com.scoredesk.activity.ActivityFixtures.onlyOrders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoredesk.activity.ShopActivityService;
import com.scoredesk.shop.Shop;
import com.scoredesk.shop.ShopType;
import com.scoredesk.testing.DomainSlice;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The daily history: backfills and the daily job record each day once, however often they run. */
@DomainSlice
class ScoreHistoryServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Autowired
    TestEntityManager em;

    @Autowired
    ShopActivityService activity;

    @Autowired
    ShopScoreService scores;

    @Autowired
    ScoreHistoryService history;

    @Autowired
    ScoreHistoryRepository rows;

    @Autowired
    DailyScoreJob job;

    long shopId;

    @BeforeEach
    void a_shop_with_two_months_of_orders() {
        shopId = persist(new Shop("TEA", "茶铺", "茶", ShopType.NON_FLAGSHIP));
        activity.insertUnchecked(shopId, onlyOrders(deliveredOrders("O", 60, TODAY.minusDays(60))));
    }

    @AfterEach
    void log_out() {
        SecurityContextHolder.clearContext();
    }

    private long persist(Shop shop) {
        return Objects.requireNonNull(em.persistAndFlush(shop).getId());
    }

    @Test
    void a_backfill_records_each_day_as_scoring_that_day_alone_would() {
        int recorded = history.backfillUnchecked(shopId, TODAY.minusDays(9), TODAY);

        assertThat(recorded).isEqualTo(10);
        em.flush();
        em.clear();
        for (LocalDate day = TODAY.minusDays(9); !day.isAfter(TODAY); day = day.plusDays(1)) {
            RecordedScore expected = RecordedScores.of(scores.scoreUnchecked(shopId, day, null));
            assertThat(rows.findByShopIdAndAsOf(shopId, day).orElseThrow().toRecord())
                    .as("day %s", day)
                    .isEqualTo(expected);
        }
    }

    @Test
    void running_a_backfill_again_keeps_one_row_per_day_with_the_same_content() {
        history.backfillUnchecked(shopId, TODAY.minusDays(9), TODAY);
        em.flush();
        em.clear();
        List<RecordedScore> first = recordedDays();

        history.backfillUnchecked(shopId, TODAY.minusDays(9), TODAY);
        em.flush();
        em.clear();

        assertThat(rows.countByShopId(shopId)).isEqualTo(10);
        assertThat(recordedDays()).isEqualTo(first);
    }

    @Test
    void recording_a_day_again_replaces_it_with_what_the_data_says_now() {
        RecordedScore before = history.recordUnchecked(shopId, TODAY);
        activity.insertUnchecked(shopId, onlyOrders(deliveredOrders("LATE", 3, TODAY.minusDays(5))));

        RecordedScore after = history.recordUnchecked(shopId, TODAY);
        em.flush();
        em.clear();

        assertThat(rows.countByShopId(shopId)).isOne();
        assertThat(after).isNotEqualTo(before);
        assertThat(rows.findByShopIdAndAsOf(shopId, TODAY).orElseThrow().toRecord())
                .isEqualTo(after);
    }

    @Test
    void the_daily_job_records_today_for_every_shop_once_however_often_it_runs() {
        long other = persist(new Shop("FASHION", "女装店", "女装", ShopType.FLAGSHIP));

        assertThat(job.recordToday()).isEqualTo(2);
        assertThat(job.recordToday()).isEqualTo(2);
        em.flush();

        assertThat(rows.countByShopId(shopId)).isOne();
        assertThat(rows.countByShopId(other)).isOne();
        assertThat(rows.findByShopIdAndAsOf(shopId, TODAY)).isPresent();
    }

    @Test
    void a_start_records_the_days_a_stopped_server_missed_and_leaves_shops_without_history_alone() {
        long fresh = persist(new Shop("FRESH", "新店", "茶", ShopType.NON_FLAGSHIP));
        history.backfillUnchecked(shopId, TODAY.minusDays(20), TODAY.minusDays(4));
        em.flush();

        assertThat(job.catchUp()).isEqualTo(4);
        assertThat(job.catchUp()).isZero();
        em.flush();

        assertThat(rows.findPoints(shopId, TODAY.minusDays(20), TODAY)).hasSize(21);
        assertThat(rows.countByShopId(fresh)).isZero();
    }

    @Test
    void the_chart_needs_access_to_the_shop() {
        history.backfillUnchecked(shopId, TODAY.minusDays(2), TODAY);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated("nobody", null, List.of()));

        assertThatThrownBy(() -> history.points(shopId, TODAY.minusDays(2), TODAY))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> history.latest(shopId)).isInstanceOf(AccessDeniedException.class);
    }

    private List<RecordedScore> recordedDays() {
        return rows.findAll().stream()
                .filter(row -> row.getShopId() == shopId)
                .map(ScoreHistory::toRecord)
                .sorted(Comparator.comparing(RecordedScore::asOf))
                .toList();
    }
}
