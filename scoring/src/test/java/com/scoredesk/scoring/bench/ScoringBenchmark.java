package com.scoredesk.scoring.bench;

import com.scoredesk.scoring.generate.GeneratorSpec;
import com.scoredesk.scoring.generate.ShopGenerator;
import com.scoredesk.scoring.model.ShopData;
import com.scoredesk.scoring.model.Timestamps;
import com.scoredesk.scoring.rules.RuleSet;
import com.scoredesk.scoring.rules.RuleSetRegistry;
import com.scoredesk.scoring.score.ExperienceScoreCalculator;
import com.scoredesk.scoring.score.ItemImpact;
import com.scoredesk.scoring.score.OpenItem;
import com.scoredesk.scoring.score.ScoreProjection;
import com.scoredesk.scoring.score.ScoreResult;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The scoring benchmark: a generated shop with N orders paid in 30 days (with proportionate after-sales, reviews,
 * chats and escalations), measuring (a) the full score of a day and (b) pricing open work items. Wall time and
 * CPU time are both reported: CPU time is what the work costs, wall time what a user waits on the machine as
 * loaded as it is.
 *
 * <p>Run the big version on demand (it is not part of the normal build):
 *
 * <pre>
 * ./mvnw -q -B -pl scoring test -Dtest=ScoringBenchmarkTest -Dscoring.bench.orders=3000000
 * </pre>
 *
 * ({@code -Dscoring.bench.items}, {@code -Dscoring.bench.iterations} and {@code -Dscoring.bench.ruleSet} change
 * the other parameters.) The normal build runs a small version of the same code.
 */
public final class ScoringBenchmark {

    /** Timings in milliseconds: the median and the best of the measured iterations. */
    public record Timing(double medianWallMs, double bestWallMs, double medianCpuMs, double bestCpuMs) {
        @Override
        public String toString() {
            return String.format(
                    "median %.1f ms wall / %.1f ms cpu, best %.1f ms wall / %.1f ms cpu",
                    medianWallMs, medianCpuMs, bestWallMs, bestCpuMs);
        }
    }

    /** What one run measured. */
    public record Result(
            int orders,
            int afterSales,
            int reviews,
            int sessions,
            int rounds,
            double generateMs,
            double firstScoreMs,
            Timing score,
            double projectionSetupMs,
            int openItems,
            int pricedItems,
            Timing pricing,
            Timing forecast,
            ScoreResult scoreResult,
            List<ItemImpact> topItems) {}

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ScoringBenchmark() {}

    /** Runs the benchmark and prints what it measures on {@code out}. */
    public static Result run(int orders, int items, int iterations, String ruleSetId, PrintStream out) {
        Instant now = Instant.parse("2026-11-10T06:30:00Z");
        RuleSet rules = RuleSetRegistry.standard().require(ruleSetId);
        out.printf(
                "scoring benchmark: %,d orders in 30 days, rule set %s, %d cores%n",
                orders, ruleSetId, Runtime.getRuntime().availableProcessors());

        long g = System.nanoTime();
        ShopData data = new ShopGenerator(20261110)
                .generate(GeneratorSpec.typical(orders, 30, now).withDetail(false, false));
        double generateMs = (System.nanoTime() - g) / 1e6;
        out.printf(
                "generated %,d orders, %,d after-sales, %,d reviews, %,d sessions, %,d rounds, %,d escalations in %.0f ms%n",
                data.orders().size(),
                data.afterSales().size(),
                data.reviews().size(),
                data.sessions().size(),
                data.rounds().size(),
                data.escalations().size(),
                generateMs);

        ExperienceScoreCalculator calculator = new ExperienceScoreCalculator();
        LocalDate day = Timestamps.toDate(now.toEpochMilli());
        long f = System.nanoTime();
        ScoreResult first = calculator.score(data, day, rules);
        double firstScoreMs = (System.nanoTime() - f) / 1e6;
        out.printf(
                "(a) first score (builds the column index of the data): %.1f ms wall; total %s%n",
                firstScoreMs, first.total());
        Timing score = measure(iterations, () -> calculator.score(data, day, rules), true);
        out.printf("(a) full score of %s: %s%n", day, score);

        long p = System.nanoTime();
        ScoreProjection projection = ScoreProjection.of(data, rules, now);
        double setupMs = (System.nanoTime() - p) / 1e6;
        List<OpenItem> sample = sample(projection.openItems(), items);
        out.printf(
                "    projection at %s (P(T+1) with default outcomes, %,d open items found): %.1f ms wall%n",
                now, projection.openItems().size(), setupMs);
        Timing pricing = measure(iterations, () -> projection.price(sample), false);
        out.printf("(b) pricing %,d open items (%s): %s%n", sample.size(), kinds(sample), pricing);
        Timing forecast = measure(
                Math.max(1, iterations / 5),
                () -> ScoreProjection.of(data, rules, now).forecast(),
                true);
        out.printf("    projection with the 7-day forecast: %s%n", forecast);
        List<ItemImpact> top = projection.price(sample).subList(0, Math.min(5, sample.size()));
        for (ItemImpact i : top) {
            out.printf(
                    "    top item %s %s: %+.6f points%n",
                    i.item().kind().code(), i.item().rowId(), i.points());
        }
        return new Result(
                data.orders().size(),
                data.afterSales().size(),
                data.reviews().size(),
                data.sessions().size(),
                data.rounds().size(),
                generateMs,
                firstScoreMs,
                score,
                setupMs,
                projection.openItems().size(),
                sample.size(),
                pricing,
                forecast,
                first,
                top);
    }

    /** Up to {@code n} items taken in turn from each kind, so that every kind is priced. */
    static List<OpenItem> sample(List<OpenItem> items, int n) {
        Map<OpenItem.Kind, List<OpenItem>> byKind = new EnumMap<>(OpenItem.Kind.class);
        for (OpenItem item : items) {
            byKind.computeIfAbsent(item.kind(), k -> new ArrayList<>()).add(item);
        }
        List<OpenItem> sample = new ArrayList<>();
        for (int i = 0; sample.size() < n; i++) {
            boolean any = false;
            for (List<OpenItem> list : byKind.values()) {
                if (i < list.size() && sample.size() < n) {
                    sample.add(list.get(i));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return sample;
    }

    private static String kinds(List<OpenItem> items) {
        Map<OpenItem.Kind, Integer> counts = new EnumMap<>(OpenItem.Kind.class);
        items.forEach(i -> counts.merge(i.kind(), 1, Integer::sum));
        StringBuilder s = new StringBuilder();
        counts.forEach((k, v) ->
                s.append(s.isEmpty() ? "" : ", ").append(v).append(' ').append(k.code()));
        return s.toString();
    }

    /**
     * Runs {@code task} {@code iterations} times after as many warm-up runs. CPU time is the process's when the
     * task runs on several threads, else the calling thread's.
     */
    private static Timing measure(int iterations, Runnable task, boolean processCpu) {
        for (int i = 0; i < Math.max(3, iterations); i++) {
            task.run();
        }
        double[] wall = new double[iterations];
        double[] cpu = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long c = processCpu ? processCpuNanos() : THREADS.getCurrentThreadCpuTime();
            long w = System.nanoTime();
            task.run();
            wall[i] = (System.nanoTime() - w) / 1e6;
            cpu[i] = ((processCpu ? processCpuNanos() : THREADS.getCurrentThreadCpuTime()) - c) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Timing(wall[iterations / 2], wall[0], cpu[iterations / 2], cpu[0]);
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return THREADS.getCurrentThreadCpuTime();
    }

    /** {@code --orders N --items N --iterations N --rule-set ID}. */
    public static void main(String[] args) {
        int orders = 3_000_000;
        int items = 10_000;
        int iterations = 10;
        String ruleSet = "douyin-2026-09";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--orders" -> orders = Integer.parseInt(args[i + 1]);
                case "--items" -> items = Integer.parseInt(args[i + 1]);
                case "--iterations" -> iterations = Integer.parseInt(args[i + 1]);
                case "--rule-set" -> ruleSet = args[i + 1];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        run(orders, items, iterations, ruleSet, System.out);
    }
}
