package com.scoredesk.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoredesk.shop.Shop;
import com.scoredesk.shop.ShopType;
import com.scoredesk.testing.DomainSlice;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;

/** The score history tables on every database we support. Subclasses pick the database. */
@DomainSlice
abstract class ScoreHistoryRepositoryContract {

    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

    @Autowired
    TestEntityManager em;

    @Autowired
    ScoreHistoryRepository history;

    long shopId;

    @BeforeEach
    void create_a_shop() {
        shopId = Objects.requireNonNull(em.persistAndFlush(new Shop("S1", "店铺", "女装", ShopType.FLAGSHIP))
                .getId());
    }

    static RecordedScore formal(LocalDate asOf, String total) {
        return new RecordedScore(
                asOf,
                "douyin-2026-09",
                "formal",
                new BigDecimal(total),
                new BigDecimal("4.6"),
                null,
                List.of(
                        new RecordedDimension("product", new BigDecimal("0.45000000"), new BigDecimal("69.000000")),
                        new RecordedDimension("service", new BigDecimal("0.55000000"), new BigDecimal("90.500000"))),
                List.of(
                        new RecordedIndicator(
                                "product_rating_avg",
                                "product",
                                new BigDecimal("4.69230769"),
                                new BigDecimal("77.230000"),
                                new BigDecimal("0.90000000"),
                                new BigDecimal("0.90000000"),
                                new BigDecimal("61.00000000"),
                                13L,
                                false),
                        new RecordedIndicator(
                                "damage_return_rate",
                                "logistics",
                                null,
                                null,
                                new BigDecimal("0E-8"),
                                new BigDecimal("0.15000000"),
                                null,
                                0L,
                                false)));
    }

    private ScoreHistory save(RecordedScore day) {
        ScoreHistory row = new ScoreHistory(shopId, day.asOf());
        row.record(day, NOW);
        return history.saveAndFlush(row);
    }

    @Test
    void a_recorded_day_reads_back_with_its_dimensions_and_indicators_in_order() {
        RecordedScore day = formal(LocalDate.of(2026, 11, 20), "82.00");
        save(day);
        em.clear();

        RecordedScore read =
                history.findByShopIdAndAsOf(shopId, day.asOf()).orElseThrow().toRecord();

        assertThat(read)
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(day);
        assertThat(read.indicators())
                .extracting(RecordedIndicator::id)
                .containsExactly("product_rating_avg", "damage_return_rate");
    }

    @Test
    void recording_a_day_again_replaces_its_content() {
        LocalDate day = LocalDate.of(2026, 11, 20);
        save(formal(day, "82.00"));
        em.clear();

        ScoreHistory row = history.findByShopIdAndAsOf(shopId, day).orElseThrow();
        RecordedScore growth = new RecordedScore(
                day, "douyin-2026-07", "growth", new BigDecimal("70.00"), null, null, List.of(), List.of());
        row.record(growth, NOW.plusSeconds(60));
        em.flush();
        em.clear();

        assertThat(history.countByShopId(shopId)).isOne();
        RecordedScore read =
                history.findByShopIdAndAsOf(shopId, day).orElseThrow().toRecord();
        assertThat(read.stage()).isEqualTo("growth");
        assertThat(read.total()).isEqualByComparingTo("70");
        assertThat(read.indicators()).isEmpty();
    }

    @Test
    void a_shop_has_one_row_per_day() {
        save(formal(LocalDate.of(2026, 11, 20), "82.00"));

        assertThatThrownBy(() -> save(formal(LocalDate.of(2026, 11, 20), "81.00")))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void the_chart_lists_the_days_of_the_range_oldest_first() {
        save(formal(LocalDate.of(2026, 11, 18), "80.00"));
        save(formal(LocalDate.of(2026, 11, 20), "82.00"));
        save(formal(LocalDate.of(2026, 11, 19), "81.00"));
        save(formal(LocalDate.of(2026, 11, 10), "70.00"));

        assertThat(history.findPoints(shopId, LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 20)))
                .extracting(point ->
                        point.asOf().getDayOfMonth() + "=" + point.total().intValue())
                .containsExactly("18=80", "19=81", "20=82");
        assertThat(history.findFirstByShopIdOrderByAsOfDesc(shopId)
                        .orElseThrow()
                        .getAsOf())
                .isEqualTo(LocalDate.of(2026, 11, 20));
    }
}
