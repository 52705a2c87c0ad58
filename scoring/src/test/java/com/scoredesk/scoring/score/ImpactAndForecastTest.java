package com.scoredesk.scoring.score;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoredesk.scoring.Fraction;
import com.scoredesk.scoring.generate.GeneratorSpec;
import com.scoredesk.scoring.generate.ShopGenerator;
import com.scoredesk.scoring.model.ShopData;
import com.scoredesk.scoring.model.ShopType;
import com.scoredesk.scoring.model.Timestamps;
import com.scoredesk.scoring.rules.RuleSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Section 8 over generated shops (fixed seeds): the forecast equals the plain score of the data with the default
 * outcomes written in; every item priced from the aggregates equals its recomputation from the rows; acting never
 * lowers the projected score.
 */
class ImpactAndForecastTest {

    /** How many items were also checked against the plain calculator (both outcomes before T+1 00:00). */
    private static final java.util.concurrent.atomic.AtomicInteger LITERAL =
            new java.util.concurrent.atomic.AtomicInteger();

    @org.junit.jupiter.api.AfterAll
    static void the_plain_calculator_checked_items_of_every_kind() {
        assertThat(LITERAL.get())
                .as("items checked against the plain calculator")
                .isGreaterThan(100);
    }

    /** A generated shop, a moment and a rule set. */
    record Case(String name, ShopData data, RuleSet rules, Instant now) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> shops() {
        SplittableRandom random = new SplittableRandom(20261110);
        List<Case> cases = new ArrayList<>();
        String[] industries = {"女装", "茶", "玩具乐器", "其他", "家电"};
        RuleSet[] sets = {Scoring.R9, Scoring.R7};
        for (int i = 0; i < 14; i++) {
            int orders =
                    switch (i % 4) {
                        case 0 -> 20 + random.nextInt(15);
                        case 1 -> 500 + random.nextInt(400);
                        case 2 -> 900 + random.nextInt(600);
                        default -> 200 + random.nextInt(300);
                    };
            long seconds = Instant.parse("2026-11-10T00:00:00Z").getEpochSecond() + random.nextLong(24 * 3600);
            Instant now = Instant.ofEpochSecond(seconds);
            double trouble = 0.5 + random.nextDouble() * 2.5;
            GeneratorSpec spec = GeneratorSpec.typical(orders, 45, now)
                    .withShop(
                            "S" + i,
                            industries[i % industries.length],
                            i % 5 == 3 ? ShopType.FLAGSHIP : ShopType.NON_FLAGSHIP)
                    .withDetail(false, false)
                    .withViolations(i % 3 == 0 ? 1 : 0)
                    .withTrouble(trouble)
                    .withServices(i % 2 == 0, i % 3 == 1);
            ShopData data = new ShopGenerator(1000 + i).generate(spec);
            RuleSet rules = sets[i % sets.length];
            cases.add(new Case(
                    "shop " + i + ": " + orders + " orders, " + rules.id() + ", trouble "
                            + String.format("%.1f", trouble),
                    data,
                    rules,
                    now));
        }
        Instant fivePointNow = Instant.parse("2023-06-01T03:00:00Z");
        for (int i = 0; i < 3; i++) {
            ShopData data = new ShopGenerator(77 + i)
                    .generate(GeneratorSpec.typical(500 + 300 * i, 120, fivePointNow)
                            .withDetail(false, false)
                            .withTrouble(1 + i));
            cases.add(new Case("5-point shop " + i, data, Scoring.R5, fivePointNow));
        }
        return cases.stream();
    }

    private static Fraction plainScore(ShopData data, RuleSet rules, LocalDate day) {
        ScoreResult r = new ExperienceScoreCalculator().score(data, day, rules);
        return r.exactTotal();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shops")
    void the_forecast_is_the_score_of_the_data_with_the_default_outcomes_written_in(Case c) {
        ScoreProjection projection = ScoreProjection.of(c.data(), c.rules(), c.now());
        long now = c.now().toEpochMilli();
        ShopData written = Outcomes.write(c.data(), projection.openItems(), c.rules(), now, null);
        List<ProjectedDay> forecast = projection.forecast();
        assertThat(forecast).hasSize(7);
        for (ProjectedDay day : forecast) {
            ScoreResult plain = new ExperienceScoreCalculator().score(written, day.day(), c.rules());
            assertThat(day.score()).as(day.day().toString()).isEqualTo(plain);
        }
        assertThat(forecast.get(0).day()).isEqualTo(Timestamps.toDate(now).plusDays(1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shops")
    void pricing_from_the_aggregates_equals_recomputing_from_the_rows(Case c) {
        ScoreProjection projection = ScoreProjection.of(c.data(), c.rules(), c.now());
        long now = c.now().toEpochMilli();
        LocalDate tomorrow = projection.today().plusDays(1);
        long cutoff = Timestamps.startOfDay(tomorrow);
        ShopData defaults = Outcomes.write(c.data(), projection.openItems(), c.rules(), now, null);
        Fraction base = plainScore(defaults, c.rules(), tomorrow);
        int literal = 0;
        for (OpenItem item : projection.openItems()) {
            ItemImpact priced = projection.price(item);
            assertThat(priced.impact()).as(item.toString()).isEqualTo(projection.recomputedImpact(item));
            long d = Outcomes.defaultTime(item, c.rules(), now);
            long a = Outcomes.actionTime(item, c.rules(), now);
            boolean bothBeforeTomorrow = (d == Timestamps.NONE || d < cutoff) && (a == Timestamps.NONE || a < cutoff);
            if (bothBeforeTomorrow && base != null) {
                ShopData acted = Outcomes.write(c.data(), projection.openItems(), c.rules(), now, item);
                Fraction withAction = plainScore(acted, c.rules(), tomorrow);
                assertThat(priced.impact()).as("literal " + item).isEqualTo(withAction.subtract(base));
                literal++;
            }
        }
        LITERAL.addAndGet(literal);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shops")
    void acting_on_an_item_never_lowers_the_projected_score(Case c) {
        ScoreProjection projection = ScoreProjection.of(c.data(), c.rules(), c.now());
        List<ItemImpact> worklist = projection.worklist();
        assertThat(worklist).hasSameSizeAs(projection.openItems());
        for (ItemImpact impact : worklist) {
            assertThat(impact.impact().signum()).as(impact.item().toString()).isGreaterThanOrEqualTo(0);
        }
        for (int i = 1; i < worklist.size(); i++) {
            assertThat(ItemImpact.WORKLIST_ORDER.compare(worklist.get(i - 1), worklist.get(i)))
                    .isLessThanOrEqualTo(0);
        }
    }
}
