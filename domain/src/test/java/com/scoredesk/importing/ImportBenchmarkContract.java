package com.scoredesk.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoredesk.shop.Shop;
import com.scoredesk.shop.ShopService;
import com.scoredesk.shop.ShopSummary;
import com.scoredesk.shop.ShopType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rows per second importing generated orders into a fresh shop, then importing the same file again (every row
 * unchanged). The score-history backfill of a first import is switched off: it is not import work. The normal suite
 * runs 20,000 rows; the figures in the README come from
 * {@code ./mvnw -B test -pl domain -Dtest='ImportBenchmark*' -Dimport.benchmark.rows=1000000}. Each run appends
 * its figures to {@code domain/target/import-benchmark.txt}.
 */
@DataJpaTest(
        properties = {"spring.jpa.hibernate.ddl-auto=validate", "scoredesk.import.backfill-days=0"},
        showSql = false)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import(ImportTestConfiguration.class)
abstract class ImportBenchmarkContract {

    static final int ROWS = Integer.getInteger("import.benchmark.rows", 20_000);

    @Autowired
    ImportService importer;

    @Autowired
    ShopService shops;

    abstract String database();

    @Test
    void imports_generated_orders_and_reports_rows_per_second() throws IOException {
        Path dir = Path.of("target", "import-benchmark", "orders-" + ROWS);
        Path file = dir.resolve("orders.csv");
        if (!Files.exists(file)) {
            Bundles.writeOrders(dir, "P", ROWS, i -> false);
        }
        String code = "BENCH-" + System.nanoTime();
        ShopSummary shop = shops.registerUnchecked(new Shop(code, "压测店铺", "女装", ShopType.FLAGSHIP));

        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        FileReport first = importer.importUnchecked(shop.id(), List.of(file), ImportProgress.NONE)
                .files()
                .getFirst();
        long firstNanos = System.nanoTime() - start;
        long firstCpu = threads.getCurrentThreadCpuTime() - cpu;
        cpu = threads.getCurrentThreadCpuTime();
        start = System.nanoTime();
        FileReport second = importer.importUnchecked(shop.id(), List.of(file), ImportProgress.NONE)
                .files()
                .getFirst();
        long secondNanos = System.nanoTime() - start;
        long secondCpu = threads.getCurrentThreadCpuTime() - cpu;

        assertThat(first.inserted()).isEqualTo(ROWS);
        assertThat(second.unchanged()).isEqualTo(ROWS);
        String line = String.format(
                Locale.ROOT,
                "%s: %,d orders: first import %.1f s (%,.0f rows/s; importing thread's CPU %.1f s),"
                        + " same file again %.1f s (%,.0f rows/s; CPU %.1f s); load average %.1f%n",
                database(),
                ROWS,
                firstNanos / 1e9,
                ROWS / (firstNanos / 1e9),
                firstCpu / 1e9,
                secondNanos / 1e9,
                ROWS / (secondNanos / 1e9),
                secondCpu / 1e9,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
        System.out.print(line);
        Files.writeString(
                Path.of("target", "import-benchmark.txt"),
                line,
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
