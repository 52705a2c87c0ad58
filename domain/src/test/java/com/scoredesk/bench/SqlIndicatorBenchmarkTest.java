package com.scoredesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoredesk.bench.SqlIndicators.Aggregate;
import com.scoredesk.bench.SqlIndicators.Dialect;
import com.scoredesk.scoring.Fraction;
import com.scoredesk.scoring.generate.GeneratorSpec;
import com.scoredesk.scoring.generate.ShopGenerator;
import com.scoredesk.scoring.model.ShopData;
import com.scoredesk.scoring.model.Timestamps;
import com.scoredesk.scoring.rules.RuleSet;
import com.scoredesk.scoring.rules.RuleSetRegistry;
import com.scoredesk.scoring.score.ExperienceScoreCalculator;
import com.scoredesk.scoring.score.ScoreResult;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Part (c) of the benchmark: the indicator aggregates of douyin-2026-09 as SQL GROUP BY / aggregate queries over
 * the scoring benchmark's generated shop in H2 (in memory) and embedded PostgreSQL 17, timed side by side with the
 * engine's full score (a) on the same data, after checking that SQL and engine agree on every numerator and
 * population. Small (20,000 orders) in the normal build; {@code -Dbench.orders=300000} (or more) on demand.
 *
 * <p>No result is reused between runs: H2 runs with {@code OPTIMIZE_REUSE_RESULTS=FALSE} (else it hands back the
 * previous result of an unchanged table), and pgjdbc with {@code prepareThreshold=0}, so PostgreSQL plans every
 * execution with its parameters (after five executions of a server-side prepared statement it may switch to a
 * generic plan: the reviews window join then took minutes at 20,000 orders).
 */
class SqlIndicatorBenchmarkTest {

    private static final int WARMUPS = 1;
    private static final int RUNS = 5;

    /** Time each query on its own too (on demand only, to keep the normal build short). */
    private static boolean breakdown;

    @Test
    void sql_aggregates_equal_the_engine_and_are_timed_against_the_full_score() throws Exception {
        int orders = Integer.getInteger("bench.orders", 20_000);
        breakdown = System.getProperty("bench.orders") != null;
        boolean postgres = Boolean.parseBoolean(System.getProperty("bench.postgres", "true"));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

        // the shop of ScoringBenchmark: same seed, spec and scored day
        Instant now = Instant.parse("2026-11-10T06:30:00Z");
        RuleSet rules = RuleSetRegistry.standard().require("douyin-2026-09");
        long t0 = System.nanoTime();
        ShopData data = new ShopGenerator(20261110)
                .generate(GeneratorSpec.typical(orders, 30, now).withDetail(false, false));
        LocalDate day = Timestamps.toDate(now.toEpochMilli());
        out.printf(
                "SQL benchmark: %,d orders, %,d after-sales, %,d reviews, %,d sessions, %,d rounds, %,d escalations"
                        + " (generated in %.1f s), rule set %s, day %s%n",
                data.orders().size(),
                data.afterSales().size(),
                data.reviews().size(),
                data.sessions().size(),
                data.rounds().size(),
                data.escalations().size(),
                (System.nanoTime() - t0) / 1e9,
                rules.id(),
                day);

        ExperienceScoreCalculator calculator = new ExperienceScoreCalculator();
        ScoreResult engine = calculator.score(data, day, rules);
        double[] a = time(() -> calculator.score(data, day, rules));
        out.printf("(a) engine full score: median %.1f ms, best %.1f ms%n", median(a), a[0]);

        Map<String, Long> params = SqlIndicators.parameters(rules, day);
        double h2 = measure(
                "H2",
                Dialect.H2,
                DriverManager.getConnection("jdbc:h2:mem:bench;OPTIMIZE_REUSE_RESULTS=FALSE"),
                data,
                rules,
                params,
                engine,
                out);
        double pg = Double.NaN;
        if (postgres) {
            try (EmbeddedPostgres db = EmbeddedPostgres.builder().start()) {
                String url = db.getJdbcUrl("postgres", "postgres");
                url += (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true&prepareThreshold=0";
                pg = measure(
                        "PostgreSQL",
                        Dialect.POSTGRES,
                        DriverManager.getConnection(url),
                        data,
                        rules,
                        params,
                        engine,
                        out);
            }
        }
        out.printf(
                "side by side at %,d orders: (a) %.1f ms | (c) H2 %.1f ms = %.0fx | (c) PostgreSQL %.1f ms = %.0fx%n",
                orders, median(a), h2, h2 / median(a), pg, pg / median(a));
    }

    /** Loads, cross-checks against the engine and times the nine queries; returns the median total in ms. */
    private static double measure(
            String name,
            Dialect dialect,
            Connection c,
            ShopData data,
            RuleSet rules,
            Map<String, Long> params,
            ScoreResult engine,
            PrintStream out)
            throws Exception {
        try (c) {
            long t0 = System.nanoTime();
            SqlIndicators.load(c, data, rules);
            out.printf("%s: loaded and indexed in %.1f s%n", name, (System.nanoTime() - t0) / 1e9);
            Map<String, String> queries = SqlIndicators.queries(dialect, rules);
            Map<String, Aggregate> sql = SqlIndicators.run(c, queries, params);
            for (String id : SqlIndicators.INDICATORS) {
                ScoreResult.IndicatorScore i = engine.indicator(id).orElseThrow();
                Aggregate s = sql.get(id);
                out.printf(
                        "  %-24s SQL %d / %d, engine %s / %d%n",
                        id, s.numerator(), s.population(), i.numerator(), i.population());
                assertThat(s.population()).as(name + " " + id + " population").isEqualTo(i.population());
                assertThat(Fraction.of(s.numerator(), SqlIndicators.unit(id)))
                        .as(name + " " + id + " numerator")
                        .isEqualTo(i.numerator());
            }
            double[] each = time(() -> SqlIndicators.run(c, queries, params));
            out.printf("(c) %s, 9 indicator queries: median %.1f ms, best %.1f ms%n", name, median(each), each[0]);
            for (Map.Entry<String, String> q : breakdown ? queries.entrySet() : Set.<Map.Entry<String, String>>of()) {
                Map<String, String> one = Map.of(q.getKey(), q.getValue());
                double[] t = time(() -> SqlIndicators.run(c, one, params));
                out.printf("    %-24s median %.1f ms%n", q.getKey(), median(t));
            }
            return median(each);
        }
    }

    interface Work {
        Object run() throws Exception;
    }

    /** Wall times in ms of {@link #RUNS} runs after {@link #WARMUPS} warm-up, sorted. */
    private static double[] time(Work work) throws Exception {
        for (int i = 0; i < WARMUPS; i++) {
            work.run();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }
}
