package com.scoredesk.workbench;

import static com.scoredesk.testing.Times.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How fast the first page of a worklist comes when the list is long. Fills one tab of one shop with {@code
 * scoredesk.bench.items} open items (20,000 in the normal test run, so the benchmark keeps working; the README's
 * figures use 1,000,000) and times the pages an agent's grid asks for, through the service with its access checks.
 * Prints p50, p95 and max in milliseconds, and the database's plan of the page query.
 */
@DataJpaTest(
        properties = {"spring.jpa.hibernate.ddl-auto=validate", "scoredesk.workbench.background=false"},
        showSql = false)
@Import(WorkbenchTestConfiguration.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class WorklistBenchmark {

    static final int ITEMS = Integer.getInteger("scoredesk.bench.items", 20_000);
    static final int RUNS = Integer.getInteger("scoredesk.bench.runs", 200);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    WorkbenchService workbench;

    @Autowired
    TestClock clock;

    @AfterEach
    void log_out() {
        TestData.logout();
    }

    @Test
    void the_first_page_of_a_long_worklist_comes_in_milliseconds() throws SQLException {
        clock.set(at(WorkbenchTestConfiguration.NOW));
        TestData data = new TestData(jdbc);
        long shop = data.shop("BENCH", "压测店铺", "女装");
        long other = data.shop("BENCH2", "压测店铺二", "女装");
        long agent = data.user("bench-agent", "压测客服", "AGENT", shop, other);
        long started = System.nanoTime();
        fill(shop, ITEMS, agent);
        fill(other, ITEMS / 10, agent);
        analyze();
        double fillSeconds = (System.nanoTime() - started) / 1e9;
        data.login("bench-agent");
        WorklistQuery tab = WorklistQuery.tab(WorkItemKind.CHAT).withShop(shop);

        double[] firstPage = time(() -> workbench.page(tab, 0, 50));
        double[] secondPage = time(() -> workbench.page(tab, 50, 50));
        double[] overdueOnly = time(() -> workbench.page(tab.withDeadline(DeadlineFilter.OVERDUE), 0, 50));
        double[] everyShop = time(() -> workbench.page(WorklistQuery.tab(WorkItemKind.CHAT), 0, 50));
        double[] mine = time(() -> workbench.page(WorklistQuery.mine(), 0, 50));
        double[] counts = time(() -> workbench.counts(shop));

        String database = database();
        System.out.printf(
                Locale.ROOT,
                "%nWORKLIST BENCHMARK %s: %,d open items in one tab (filled in %.1f s), %d runs each, ms p50/p95/max%n",
                database,
                ITEMS,
                fillSeconds,
                RUNS);
        report("first page (50 rows)", firstPage);
        report("second page", secondPage);
        report("first page, overdue only", overdueOnly);
        report("first page, every shop", everyShop);
        report("my work, first page", mine);
        report("tab counts", counts);
        System.out.println("plan of the first page: " + plan(shop));
        assertThat(workbench.page(tab, 0, 50)).hasSize(50);
        assertThat(percentile(firstPage, 95)).as("p95 of the first page, ms").isLessThan(500);
        assertThat(workbench.counts(shop).format(workbench.counts(shop).open(WorkItemKind.CHAT)))
                .isEqualTo(ITEMS > 1_000 ? "1000+" : Integer.toString(ITEMS));
    }

    /** Inserts {@code n} open chat items into {@code shopId} in one statement; every 100th is held by {@code agent}. */
    private void fill(long shopId, int n, long agent) {
        OffsetDateTime now = OffsetDateTime.ofInstant(at(WorkbenchTestConfiguration.NOW), ZoneOffset.UTC);
        String series = isPostgres() ? "generate_series(1, ?) AS s(x)" : "SYSTEM_RANGE(1, ?) s";
        String second = isPostgres() ? "INTERVAL '1 second'" : "INTERVAL '1' SECOND";
        jdbc.update(
                "INSERT INTO work_item (shop_id, kind, source_id, order_id, buyer, summary, opened_at, deadline, impact,"
                        + " claimed_by) SELECT ?, 'CHAT', s.x + ? * 10000000, 'O' || CAST(s.x AS VARCHAR(12)),"
                        + " '买家', '压测', CAST(? AS TIMESTAMP WITH TIME ZONE) - MOD(s.x, 3600) * " + second + ","
                        + " CAST(? AS TIMESTAMP WITH TIME ZONE) + (MOD(CAST(s.x AS BIGINT) * 37, 7200) - 1800) * "
                        + second + ","
                        + " CAST(MOD(CAST(s.x AS BIGINT) * 7919, 100003) AS DECIMAL(18, 8)) / 100000,"
                        + " CASE WHEN MOD(s.x, 100) = 0 THEN ? ELSE NULL END FROM " + series,
                shopId,
                shopId,
                now,
                now,
                agent,
                n);
    }

    private void analyze() {
        jdbc.execute(isPostgres() ? "ANALYZE work_item" : "ANALYZE TABLE work_item");
    }

    private static double[] time(Supplier<?> query) {
        for (int i = 0; i < 20; i++) {
            query.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static void report(String what, double[] sorted) {
        System.out.printf(
                Locale.ROOT,
                "  %-28s %7.2f %7.2f %7.2f%n",
                what,
                percentile(sorted, 50),
                percentile(sorted, 95),
                sorted[sorted.length - 1]);
    }

    static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private String plan(long shopId) {
        String sql = "SELECT w.id FROM work_item w WHERE w.shop_id = " + shopId
                + " AND w.kind = 'CHAT' AND w.done = FALSE"
                + " ORDER BY w.shop_id, w.kind, w.done, w.impact DESC, w.deadline, w.id LIMIT 50 OFFSET 0";
        List<String> lines = new ArrayList<>(jdbc.queryForList("EXPLAIN " + sql, String.class));
        return String.join(" | ", lines).replaceAll("\\s+", " ");
    }

    private boolean isPostgres() {
        return database().toLowerCase(Locale.ROOT).contains("postgres");
    }

    private String database() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
