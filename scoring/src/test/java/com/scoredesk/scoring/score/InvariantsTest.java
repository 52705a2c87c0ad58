package com.scoredesk.scoring.score;

import static com.scoredesk.scoring.score.Scoring.R5;
import static com.scoredesk.scoring.score.Scoring.R7;
import static com.scoredesk.scoring.score.Scoring.R9;
import static com.scoredesk.scoring.score.Scoring.indicator;
import static com.scoredesk.scoring.score.Scoring.score;
import static org.assertj.core.api.Assertions.assertThat;

import com.scoredesk.scoring.Fraction;
import com.scoredesk.scoring.ShopFixture;
import com.scoredesk.scoring.generate.GeneratorSpec;
import com.scoredesk.scoring.generate.ShopGenerator;
import com.scoredesk.scoring.model.AppealStatus;
import com.scoredesk.scoring.model.Order;
import com.scoredesk.scoring.model.Review;
import com.scoredesk.scoring.model.ShopData;
import com.scoredesk.scoring.model.ShopType;
import com.scoredesk.scoring.model.Timestamps;
import com.scoredesk.scoring.rules.RuleSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties every score must have, over generated shops with a fixed seed. */
class InvariantsTest {

    record Shop(int seed, ShopData data, RuleSet rules, LocalDate day) {
        @Override
        public String toString() {
            return rules.id() + " seed " + seed + " (" + data.orders().size() + " orders)";
        }
    }

    static Stream<Shop> shops() {
        SplittableRandom random = new SplittableRandom(42);
        RuleSet[] sets = {R9, R7, R5};
        return IntStream.range(0, 24).mapToObj(i -> {
            RuleSet rules = sets[i % 3];
            Instant end = rules == R5 ? Instant.parse("2023-06-01T00:00:00Z") : Instant.parse("2026-11-10T00:00:00Z");
            int orders = i % 4 == 0 ? 20 + random.nextInt(20) : 150 + random.nextInt(900);
            GeneratorSpec spec = GeneratorSpec.typical(orders, rules == R5 ? 100 : 35, end)
                    .withShop("S" + i, i % 2 == 0 ? "女装" : "其他", i % 5 == 0 ? ShopType.FLAGSHIP : ShopType.NON_FLAGSHIP)
                    .withDetail(false, false)
                    .withTrouble(0.5 + random.nextDouble() * 3)
                    .withViolations(i % 6 == 0 ? 1 : 0);
            ShopData data = new ShopGenerator(i).generate(spec);
            return new Shop(i, data, rules, Timestamps.toDate(end.toEpochMilli()));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shops")
    void the_score_stays_on_the_scale(Shop shop) {
        ScoreResult r = new ExperienceScoreCalculator().score(shop.data(), shop.day(), shop.rules());
        Fraction total = r.exactTotal();
        if (total != null) {
            assertThat(total)
                    .isBetween(
                            Fraction.of(shop.rules().scale().min()),
                            Fraction.of(shop.rules().scale().max()));
            assertThat(r.total())
                    .isEqualByComparingTo(
                            total.toBigDecimal(shop.rules().scale().decimals(), java.math.RoundingMode.HALF_UP));
        }
        for (ScoreResult.DimensionScore d : r.dimensions()) {
            for (ScoreResult.IndicatorScore i : d.indicators()) {
                if (i.score() != null) {
                    assertThat(i.score().doubleValue())
                            .as(i.id())
                            .isBetween(shop.rules() == R5 ? 3.0 : 50.0, shop.rules() == R5 ? 5.0 : 100.0);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shops")
    void one_more_1_star_review_never_raises_the_score_outside_the_small_shop_floor(Shop shop) {
        ShopData data = shop.data();
        long cutoff = Timestamps.startOfDay(shop.day());
        long from = Timestamps.startOfDay(shop.day().minusDays(shop.rules().windowDays()));
        Set<Integer> reviewed = new HashSet<>();
        for (Review r : data.reviews()) {
            reviewed.add(r.order());
        }
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < data.orders().size() && candidates.size() < 6; i++) {
            Order o = data.order(i);
            if (!reviewed.contains(i)
                    && o.signedAt() >= from
                    && o.signedAt() < cutoff - Timestamps.HOUR
                    && o.flags() == (o.flags() & ~0b1111)
                    && o.amountPaidFen() > 200) {
                candidates.add(i);
            }
        }
        ExperienceScoreCalculator calculator = new ExperienceScoreCalculator();
        ScoreResult before = calculator.score(data, shop.day(), shop.rules());
        for (int i : candidates) {
            List<Review> reviews = new ArrayList<>(data.reviews());
            reviews.add(
                    new Review("R-new", i, data.order(i).signedAt() + 1000, 1, 1, 1, "差", false, AppealStatus.NONE));
            ScoreResult after = calculator.score(data.withReviews(reviews), shop.day(), shop.rules());
            if (floored(before) || floored(after) || before.exactTotal() == null) {
                continue;
            }
            assertThat(after.exactTotal()).as("order " + i).isLessThanOrEqualTo(before.exactTotal());
            CHECKED.incrementAndGet();
        }
    }

    private static final java.util.concurrent.atomic.AtomicInteger CHECKED =
            new java.util.concurrent.atomic.AtomicInteger();

    @org.junit.jupiter.api.AfterAll
    static void enough_reviews_were_added() {
        assertThat(CHECKED.get()).isGreaterThan(30);
    }

    private static boolean floored(ScoreResult r) {
        return r.indicator("product_rating_avg")
                .map(ScoreResult.IndicatorScore::floored)
                .orElse(false);
    }

    /**
     * The official small-shop floor ("exactly 80, also replacing a better tier") is not monotone: a small shop whose
     * three bad reviews hold its rating at 80 scores higher after a fourth. The invariant above excludes it.
     */
    @Test
    void the_official_floor_is_the_one_place_where_a_1_star_review_can_raise_the_score() {
        ShopFixture shop = new ShopFixture();
        int first = shop.orders(200, shop.order().paid("2026-10-20 10:00:00").signed("2026-10-25 10:00:00"));
        for (int i = 0; i < 3; i++) {
            shop.review(first + i, "2026-10-26 10:00:00", 1);
        }
        for (int i = 3; i < 150; i++) {
            shop.review(first + i, "2026-10-26 10:00:00", 5);
        }
        ScoreResult three = score(shop.build(), "2026-11-01", R9);
        shop.review(first + 150, "2026-10-26 10:00:00", 1);
        ScoreResult four = score(shop.build(), "2026-11-01", R9);
        assertThat(indicator(three, "product_rating_avg").floored()).isTrue();
        assertThat(indicator(three, "product_rating_avg").score()).isEqualTo(Fraction.of(80));
        assertThat(indicator(four, "product_rating_avg").floored()).isFalse();
        assertThat(indicator(four, "product_rating_avg").score()).isEqualTo(Fraction.of(100));
        assertThat(four.exactTotal()).isGreaterThan(three.exactTotal());
    }
}
