package com.scoredesk.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoredesk.activity.ActivityCounts;
import com.scoredesk.activity.ShopActivityService;
import com.scoredesk.activity.ShopDataChanged;
import com.scoredesk.shop.ShopService;
import com.scoredesk.shop.ShopSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the importer must do on every database we support. The importer commits batch by batch itself, so these
 * tests run outside a test transaction; each test works on a shop of its own.
 */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate", showSql = false)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import(ImportTestConfiguration.class)
@RecordApplicationEvents
abstract class ImportContract {

    private static final AtomicInteger SHOPS = new AtomicInteger();

    @Autowired
    ImportService importer;

    @Autowired
    ShopService shops;

    @Autowired
    ShopActivityService activity;

    @Autowired
    FailingImportStore store;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @TempDir
    Path dir;

    /** A shop code no other test uses, also in a database that other test classes share. */
    String newCode() {
        return getClass().getSimpleName().substring(0, 8) + "-" + SHOPS.incrementAndGet() + "-" + System.nanoTime();
    }

    /** A copy of example bundle {@code name} whose shop is {@code code}. */
    Path example(String name, String code) throws IOException {
        Path source = Bundles.example(name);
        Path target = dir.resolve(name + "-" + code);
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        List<String> shop = Files.readAllLines(target.resolve("shop.csv"));
        String row = shop.get(1);
        Files.write(target.resolve("shop.csv"), List.of(shop.get(0), code + row.substring(row.indexOf(','))));
        return target;
    }

    ShopSummary newShop() throws IOException {
        String code = newCode();
        Path shopFile = Bundles.write(dir.resolve("shop-" + code), "shop.csv", List.of(Bundles.shopCsv(code)));
        importer.importForCommand(code, List.of(shopFile), ImportProgress.NONE);
        return shops.findByCodeUnchecked(code).orElseThrow();
    }

    static FileReport file(ImportReport report, String kind) {
        return report.files().stream()
                .filter(f -> f.kind().equals(kind))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void importing_the_example_bundle_twice_changes_nothing_the_second_time() throws IOException {
        String code = newCode();
        Path bundle = example("e1_womenswear_600", code);

        ImportReport first = importer.importForCommand(code, List.of(bundle), ImportProgress.NONE);
        long shopId = first.shopId();
        ActivityCounts afterFirst = activity.countsUnchecked(shopId);
        ImportReport second = importer.importForCommand(code, List.of(bundle), ImportProgress.NONE);

        assertThat(first.errors()).isEmpty();
        assertThat(file(first, "orders").inserted()).isEqualTo(600);
        assertThat(file(first, "im_rounds").inserted())
                .isEqualTo(file(first, "im_rounds").read());
        assertThat(afterFirst.orders()).isEqualTo(600);
        assertThat(second.shopId()).isEqualTo(shopId);
        assertThat(second.files()).allSatisfy(f -> {
            assertThat(f.inserted()).as(f.file()).isZero();
            assertThat(f.updated()).as(f.file()).isZero();
            assertThat(f.unchanged()).as(f.file()).isEqualTo(f.read());
        });
        assertThat(activity.countsUnchecked(shopId)).isEqualTo(afterFirst);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM score_history WHERE shop_id = ?", Long.class, shopId))
                .as("the first import recorded the score history, one row per day")
                .isEqualTo(jdbc.queryForObject(
                        "SELECT COUNT(DISTINCT as_of) FROM score_history WHERE shop_id = ?", Long.class, shopId))
                .isGreaterThan(20);
    }

    @Test
    void a_changed_row_updates_its_record_and_leaves_the_others_alone() throws IOException {
        ShopSummary shop = newShop();
        List<String> rows = new ArrayList<>(List.of(
                Bundles.ORDER_HEADER,
                Bundles.orderRow("C", 1, false),
                Bundles.orderRow("C", 2, false),
                Bundles.orderRow("C", 3, false)));
        Path orders = Bundles.write(dir.resolve("v1"), "orders.csv", rows);
        importer.importUnchecked(shop.id(), List.of(orders), ImportProgress.NONE);
        long versionBefore = version(shop.id(), "C0000002");

        rows.set(2, rows.get(2).replaceFirst(",\\d+\\.\\d0,", ",999.99,"));
        Path changed = Bundles.write(dir.resolve("v2"), "orders.csv", rows);
        FileReport report = importer.importUnchecked(shop.id(), List.of(changed), ImportProgress.NONE)
                .files()
                .getFirst();

        assertThat(report)
                .extracting(FileReport::read, FileReport::inserted, FileReport::updated, FileReport::unchanged)
                .containsExactly(3L, 0L, 1L, 2L);
        assertThat(jdbc.queryForObject(
                        "SELECT amount_paid FROM orders WHERE shop_id = ? AND order_id = ?",
                        BigDecimal.class,
                        shop.id(),
                        "C0000002"))
                .isEqualByComparingTo("999.99");
        assertThat(version(shop.id(), "C0000002")).isEqualTo(versionBefore + 1);
    }

    private long version(long shopId, String orderId) {
        return jdbc.queryForObject(
                "SELECT version FROM orders WHERE shop_id = ? AND order_id = ?", Long.class, shopId, orderId);
    }

    @Test
    void an_export_without_some_columns_keeps_what_the_database_already_knows() throws IOException {
        ShopSummary shop = newShop();
        Path canonical = Bundles.write(
                dir.resolve("canonical"),
                "orders.csv",
                List.of(Bundles.ORDER_HEADER, Bundles.orderRow("D", 1, false), Bundles.orderRow("D", 2, false)));
        importer.importUnchecked(shop.id(), List.of(canonical), ImportProgress.NONE);
        Path export = Bundles.write(
                dir.resolve("export"),
                "订单导出_20261120.csv",
                List.of(
                        "\uFEFF主订单编号,选购商品,商品数量,支付完成时间,订单应付金额,省,订单状态",
                        "D0000001,连衣裙 黑色 M,1,2026-10-01 00:07:00,10.10,广东省,已完成",
                        "D0000002,\"衬衫, 白色\",2,2026/10/01 00:14:00,88.00,上海市,已发货"));

        FileReport report = importer.importUnchecked(shop.id(), List.of(export), ImportProgress.NONE)
                .files()
                .getFirst();

        assertThat(report.kind()).isEqualTo("orders");
        assertThat(report.errors()).isEmpty();
        assertThat(report.updated()).isEqualTo(2);
        Map<String, Object> d2 = jdbc.queryForMap(
                "SELECT amount_paid, picked_up_at, ship_to_province, product_name, quantity, extra_columns"
                        + " FROM orders WHERE shop_id = ? AND order_id = 'D0000002'",
                shop.id());
        assertThat((BigDecimal) d2.get("amount_paid")).isEqualByComparingTo("88.00");
        assertThat(d2.get("picked_up_at")).as("kept from the first import").isNotNull();
        assertThat(d2.get("ship_to_province")).isEqualTo("上海");
        assertThat(d2.get("product_name")).isEqualTo("衬衫, 白色");
        assertThat(((Number) d2.get("quantity")).intValue()).isEqualTo(2);
        assertThat((String) d2.get("extra_columns")).contains("订单状态").contains("已发货");

        FileReport again = importer.importUnchecked(shop.id(), List.of(export), ImportProgress.NONE)
                .files()
                .getFirst();
        assertThat(again.unchanged()).isEqualTo(2);
    }

    @Test
    void a_file_of_10000_rows_with_1000_broken_imports_the_9000_and_reports_the_1000_by_line() throws IOException {
        ShopSummary shop = newShop();
        Path orders = Bundles.writeOrders(dir.resolve("broken"), "B", 10_000, i -> i % 10 == 3);

        ImportReport report = importer.importUnchecked(shop.id(), List.of(orders), ImportProgress.NONE);

        FileReport file = report.files().getFirst();
        assertThat(file)
                .extracting(FileReport::read, FileReport::inserted, FileReport::rejected)
                .containsExactly(10_000L, 9_000L, 1_000L);
        assertThat(file.errors()).hasSize(1_000);
        assertThat(file.errors())
                .extracting(RowError::line)
                .containsExactlyElementsOf(IntStream.range(0, 10_000)
                        .filter(i -> i % 10 == 3)
                        .mapToObj(i -> (long) i + 2)
                        .toList());
        assertThat(file.errors()).allSatisfy(e -> {
            assertThat(e.file()).isEqualTo("orders.csv");
            assertThat(e.reason()).contains("paid_at");
        });
        assertThat(activity.countsUnchecked(shop.id()).orders()).isEqualTo(9_000);
        assertThat(report.hasRejections()).isTrue();
    }

    @Test
    void files_can_come_one_by_one_because_references_are_resolved_against_the_database() throws IOException {
        ShopSummary shop = newShop();
        Path orders = Bundles.write(
                dir.resolve("orders"),
                "orders.csv",
                List.of(Bundles.ORDER_HEADER, Bundles.orderRow("R", 1, false), Bundles.orderRow("R", 2, false)));
        importer.importUnchecked(shop.id(), List.of(orders), ImportProgress.NONE);
        Path sessions = Bundles.write(
                dir.resolve("sessions"),
                "im_sessions.csv",
                List.of(
                        "session_id,order_id,buyer_id,started_at,human,rating",
                        "M1,R0000001,B1,2026-10-02 10:00:00,true,5",
                        "M2,,B2,2026-10-02 11:00:00,true,"));
        importer.importUnchecked(shop.id(), List.of(sessions), ImportProgress.NONE);

        Path later = dir.resolve("later");
        Bundles.write(
                later,
                "after_sales.csv",
                List.of(
                        "after_sale_id,order_id,type,applied_at,first_reason_category,reason_text,status",
                        "A1,R0000002,refund_shipped,2026-10-03 09:00:00,quality,质量问题,pending",
                        "A2,R9999999,refund_shipped,2026-10-03 09:00:00,quality,质量问题,pending"));
        Bundles.write(
                later,
                "im_rounds.csv",
                List.of(
                        "session_id,buyer_message_at,human_reply_at",
                        "M1,2026-10-02 10:00:00,2026-10-02 10:00:30",
                        "M2,2026-10-02 11:00:00,",
                        "M9,2026-10-02 12:00:00,"));
        ImportReport report = importer.importUnchecked(shop.id(), List.of(later), ImportProgress.NONE);

        assertThat(file(report, "after_sales"))
                .extracting(FileReport::inserted, FileReport::rejected)
                .containsExactly(1L, 1L);
        assertThat(file(report, "after_sales").errors().getFirst())
                .isEqualTo(new RowError("after_sales.csv", 3, "unknown order R9999999 (order_id)"));
        assertThat(file(report, "im_rounds"))
                .extracting(FileReport::inserted, FileReport::rejected)
                .containsExactly(2L, 1L);
        assertThat(file(report, "im_rounds").errors().getFirst().line()).isEqualTo(4);
    }

    @Test
    void duplicate_ids_in_a_file_reject_the_later_row() throws IOException {
        ShopSummary shop = newShop();
        Path orders = Bundles.write(
                dir.resolve("dup"),
                "orders.csv",
                List.of(
                        Bundles.ORDER_HEADER,
                        Bundles.orderRow("U", 1, false),
                        Bundles.orderRow("U", 2, false),
                        Bundles.orderRow("U", 1, false)));

        FileReport report = importer.importUnchecked(shop.id(), List.of(orders), ImportProgress.NONE)
                .files()
                .getFirst();

        assertThat(report.inserted()).isEqualTo(2);
        assertThat(report.errors()).containsExactly(new RowError("orders.csv", 4, "duplicate order_id 'U0000001'"));
    }

    @Test
    void a_crash_midway_leaves_only_whole_batches_and_running_again_gives_the_clean_result() throws IOException {
        ShopSummary clean = newShop();
        ShopSummary crashed = newShop();
        Path orders = Bundles.writeOrders(dir.resolve("big"), "K", 12_000, i -> i % 1000 == 7);
        ImportReport once = importer.importUnchecked(clean.id(), List.of(orders), ImportProgress.NONE);

        store.failOnInsert(2);
        try {
            assertThatThrownBy(() -> importer.importUnchecked(crashed.id(), List.of(orders), ImportProgress.NONE))
                    .isInstanceOf(FailingImportStore.SimulatedCrash.class);
        } finally {
            store.heal();
        }
        long afterCrash = activity.countsUnchecked(crashed.id()).orders();
        ImportReport rerun = importer.importUnchecked(crashed.id(), List.of(orders), ImportProgress.NONE);

        assertThat(afterCrash)
                .as("the first batch committed, the second rolled back")
                .isEqualTo(5_000);
        FileReport first = once.files().getFirst();
        FileReport second = rerun.files().getFirst();
        assertThat(second.inserted() + second.unchanged()).isEqualTo(first.inserted());
        assertThat(second.unchanged()).isEqualTo(5_000);
        assertThat(second.rejected()).isEqualTo(first.rejected()).isEqualTo(12);
        assertThat(orders(crashed.id())).isEqualTo(orders(clean.id()));
    }

    /** Every order of a shop with every column but the ids, in order id order. */
    List<List<Object>> orders(long shopId) {
        return jdbc.query(
                "SELECT * FROM orders WHERE shop_id = ? ORDER BY order_id",
                (rs, n) -> {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        String column = rs.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT);
                        if (!column.equals("id") && !column.equals("shop_id")) {
                            Object value = rs.getObject(i);
                            row.add(value instanceof OffsetDateTime t ? t.toInstant() : value);
                        }
                    }
                    return row;
                },
                shopId);
    }

    @Test
    void an_xlsx_export_with_chinese_headers_is_read_like_its_csv() throws IOException {
        ShopSummary shop = newShop();
        Path xlsx = dir.resolve("订单导出.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            Workbook workbook = new Workbook(out, "ScoreDesk test", "1.0");
            Worksheet sheet = workbook.newWorksheet("订单");
            String[] headers = {"主订单编号", "选购商品", "支付完成时间", "订单应付金额", "省", "订单状态"};
            for (int c = 0; c < headers.length; c++) {
                sheet.value(0, c, headers[c]);
            }
            sheet.value(1, 0, "X0000001");
            sheet.value(1, 1, "茶叶礼盒");
            sheet.value(1, 2, java.time.LocalDateTime.of(2026, 10, 5, 14, 30, 15));
            sheet.style(1, 2).format("yyyy-mm-dd hh:mm:ss").set();
            sheet.value(1, 3, new BigDecimal("128.50"));
            sheet.value(1, 4, "浙江省");
            sheet.value(1, 5, "已完成");
            sheet.value(2, 0, "X0000002");
            sheet.value(2, 2, "2026-10-06 09:00:00");
            sheet.value(2, 3, 1.5);
            workbook.finish();
        }

        FileReport report = importer.importUnchecked(shop.id(), List.of(xlsx), ImportProgress.NONE)
                .files()
                .getFirst();

        assertThat(report.errors()).isEmpty();
        assertThat(report.kind()).isEqualTo("orders");
        assertThat(report.inserted()).isEqualTo(2);
        Map<String, Object> x1 = jdbc.queryForMap(
                "SELECT paid_at, amount_paid, ship_to_province, product_name FROM orders"
                        + " WHERE shop_id = ? AND order_id = 'X0000001'",
                shop.id());
        assertThat(instant(x1.get("paid_at"))).isEqualTo(Instant.parse("2026-10-05T06:30:15Z"));
        assertThat((BigDecimal) x1.get("amount_paid")).isEqualByComparingTo("128.50");
        assertThat(x1.get("ship_to_province")).isEqualTo("浙江");
        assertThat(x1.get("product_name")).isEqualTo("茶叶礼盒");
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime t ? t.toInstant() : ((java.sql.Timestamp) value).toInstant();
    }

    @Test
    void a_zip_of_a_bundle_is_read_and_the_shop_hears_that_its_data_changed() throws IOException {
        String code = newCode();
        Path bundle = example("e2_fivept_tea", code);
        Path zip = dir.resolve("bundle.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip), StandardCharsets.UTF_8);
                Stream<Path> files = Files.list(bundle)) {
            for (Path file : files.sorted().toList()) {
                out.putNextEntry(new ZipEntry("e2/" + file.getFileName()));
                Files.copy(file, out);
                out.closeEntry();
            }
        }

        ImportReport report = importer.importForCommand(code, List.of(zip), ImportProgress.NONE);

        assertThat(report.errors()).isEmpty();
        assertThat(report.files()).extracting(FileReport::kind).startsWith("shop", "orders");
        assertThat(file(report, "orders").file()).isEqualTo("bundle.zip!/e2/orders.csv");
        assertThat(file(report, "orders").inserted()).isPositive();
        assertThat(events.stream(ShopDataChanged.class)).contains(new ShopDataChanged(report.shopId()));
    }
}
