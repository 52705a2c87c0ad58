package com.scoredesk.scoring.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoredesk.scoring.score.ItemImpact;
import com.scoredesk.scoring.score.Stage;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The benchmark as a test: small by default, so that it keeps working in every build; {@code
 * -Dscoring.bench.orders=3000000} runs the real one (see {@link ScoringBenchmark}).
 */
class ScoringBenchmarkTest {

    @Test
    void the_benchmark_scores_a_generated_shop_and_prices_its_open_items() {
        int orders = Integer.getInteger("scoring.bench.orders", 20_000);
        int items = Integer.getInteger("scoring.bench.items", orders >= 1_000_000 ? 10_000 : 1_000);
        int iterations = Integer.getInteger("scoring.bench.iterations", orders >= 1_000_000 ? 10 : 1);
        String ruleSet = System.getProperty("scoring.bench.ruleSet", "douyin-2026-09");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

        ScoringBenchmark.Result r = ScoringBenchmark.run(orders, items, iterations, ruleSet, out);

        assertThat(r.orders()).isEqualTo(orders);
        assertThat(r.afterSales()).isBetween(orders / 25, orders / 8);
        assertThat(r.reviews()).isBetween(orders / 8, orders / 2);
        assertThat(r.rounds()).isGreaterThan(orders / 10);
        assertThat(r.scoreResult().stage()).isEqualTo(Stage.FORMAL);
        assertThat(r.pricedItems()).isEqualTo(Math.min(items, r.openItems()));
        assertThat(r.topItems()).allSatisfy(i -> assertThat(i.impact().signum()).isGreaterThanOrEqualTo(0));
        for (int i = 1; i < r.topItems().size(); i++) {
            assertThat(ItemImpact.WORKLIST_ORDER.compare(
                            r.topItems().get(i - 1), r.topItems().get(i)))
                    .isLessThanOrEqualTo(0);
        }
    }
}
