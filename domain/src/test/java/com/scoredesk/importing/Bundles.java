package com.scoredesk.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.IntPredicate;

/** Writes bundle files for the importer's tests: the spec's example bundles, and generated orders. */
final class Bundles {

    /** The spec's example bundles, as the scoring module keeps them for its own tests. */
    static final Path EXAMPLES = Path.of("../scoring/src/test/resources/examples");

    static final String ORDER_HEADER =
            "order_id,paid_at,amount_paid,is_gift,is_lucky_bag,is_instant_refund,is_abnormal,is_presale,"
                    + "promised_ship_by,is_virtual,ship_from_province,ship_to_province,picked_up_at,delivery_due_at,"
                    + "signed_at,trace_compensation,fraudulent_shipping,next_day_delivery,freight_insurance,"
                    + "bulky_freight_insurance,home_installation";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final LocalDateTime START = LocalDateTime.of(2026, 10, 1, 0, 0);
    private static final String[] PROVINCES = {"浙江", "广东", "上海", "北京", "四川", "新疆维吾尔自治区"};

    private Bundles() {}

    static Path example(String name) {
        return EXAMPLES.resolve(name);
    }

    /** One order row; {@code broken} ones carry a date that cannot be read. */
    static String orderRow(String prefix, int i, boolean broken) {
        LocalDateTime paid = START.plusMinutes(i * 7L % (60 * 24 * 45));
        String paidText = broken ? "2026-13-45 25:00:00" : TIME.format(paid);
        return prefix + String.format("%07d", i) + "," + paidText + "," + (10 + i % 500) + "." + (i % 100 / 10) + "0"
                + ",false,false,false,false,false,,false,浙江," + PROVINCES[i % PROVINCES.length] + ","
                + TIME.format(paid.plusHours(20)) + ",," + TIME.format(paid.plusDays(3))
                + ",false,false," + (i % 3 == 0) + ",false,false,false";
    }

    /** {@code count} orders, those matching {@code broken} unreadable; returns the file. */
    static Path writeOrders(Path dir, String prefix, int count, IntPredicate broken) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("orders.csv");
            try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(ORDER_HEADER);
                out.write('\n');
                for (int i = 0; i < count; i++) {
                    out.write(orderRow(prefix, i, broken.test(i)));
                    out.write('\n');
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, List<String> lines) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name);
            Files.write(file, lines, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String shopCsv(String code) {
        return "shop_id,name,industry,shop_type,opened_on,remote_logistics_service,freight_insurance_enabled\n" + code
                + ",测试店铺 " + code + ",女装,non_flagship,2025-03-01,true,false\n";
    }
}
