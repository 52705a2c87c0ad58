package com.scoredesk.scoring.bundle;

import static com.scoredesk.scoring.ShopFixture.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoredesk.scoring.model.AfterSale;
import com.scoredesk.scoring.model.Order;
import com.scoredesk.scoring.model.OrderFlag;
import com.scoredesk.scoring.model.Province;
import com.scoredesk.scoring.model.ShopData;
import com.scoredesk.scoring.model.ShopType;
import com.scoredesk.scoring.model.Timestamps;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BundleReaderTest {

    private static final String SHOP =
            """
            shop_id,name,industry,shop_type,opened_on,remote_logistics_service,freight_insurance_enabled
            S1,"店, 一号",女装,旗舰店,2025-03-01,是,0
            """;
    private static final String ORDERS_HEADER =
            "order_id,paid_at,amount_paid,is_gift,ship_from_province,ship_to_province,"
                    + "picked_up_at,signed_at,buyer_nickname,product_name\n";

    @TempDir
    Path dir;

    private final BundleReader reader = new BundleReader();

    @BeforeEach
    void write_shop() throws IOException {
        write("shop.csv", SHOP);
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private void writeOrders(String rows) throws IOException {
        write("orders.csv", ORDERS_HEADER + rows);
    }

    @Test
    void reads_quotes_embedded_commas_and_newlines_and_a_bom() throws Exception {
        write(
                "orders.csv",
                "\uFEFF" + ORDERS_HEADER
                        + "O1,2026-11-01 10:00:00,99.90,FALSE,浙江省,新疆维吾尔自治区,2026-11-01 12:00:00,,\"小,明\",\"连衣裙\n2件装\"\r\n"
                        + "O2,2026/11/02 10:00:00,,1,浙江,上海市,,,\"say \"\"hi\"\"\",\n");
        Bundle bundle = reader.read(dir);
        assertThat(bundle.errors()).isEmpty();
        ShopData data = bundle.data();
        assertThat(data.shop().name()).isEqualTo("店, 一号");
        assertThat(data.shop().shopType()).isEqualTo(ShopType.FLAGSHIP);
        assertThat(data.shop().remoteLogisticsService()).isTrue();
        Order o1 = data.order(0);
        assertThat(o1.orderId()).isEqualTo("O1");
        assertThat(o1.amountPaidFen()).isEqualTo(9990);
        assertThat(o1.shipTo()).isEqualTo(Province.XINJIANG);
        assertThat(o1.display().buyerNickname()).isEqualTo("小,明");
        assertThat(o1.display().productName()).isEqualTo("连衣裙\n2件装");
        Order o2 = data.order(1);
        assertThat(o2.paidAt()).isEqualTo(t("2026-11-02 10:00:00"));
        assertThat(o2.amountPaidFen()).isEqualTo(Order.NO_AMOUNT);
        assertThat(o2.has(OrderFlag.GIFT)).isTrue();
        assertThat(o2.pickedUpAt()).isEqualTo(Timestamps.NONE);
        assertThat(o2.display().buyerNickname()).isEqualTo("say \"hi\"");
    }

    @Test
    void reads_the_chinese_headers_of_the_doudian_order_export_and_keeps_the_rest_for_display() throws Exception {
        write(
                "orders.csv",
                """
                主订单编号,支付完成时间,订单应付金额,省,选购商品,商品数量,订单状态,取消原因
                6900001,2026/11/01 10:00:00,128.00,广东省,真丝衬衫,2,已完成,
                """);
        Bundle bundle = reader.read(dir);
        assertThat(bundle.errors()).isEmpty();
        Order o = bundle.data().order(0);
        assertThat(o.orderId()).isEqualTo("6900001");
        assertThat(o.paidAt()).isEqualTo(t("2026-11-01 10:00:00"));
        assertThat(o.amountPaidFen()).isEqualTo(12800);
        assertThat(o.shipTo()).isEqualTo(Province.GUANGDONG);
        assertThat(o.display().productName()).isEqualTo("真丝衬衫");
        assertThat(o.display().quantity()).isEqualTo(2);
        assertThat(o.display().extras()).containsEntry("订单状态", "已完成").doesNotContainKey("取消原因");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # case                 | row                                                          | reason
              bad date             | O2,2026-11-31 10:00:00,10,false,浙江,上海,,,,                  | bad paid_at '2026-11-31 10:00:00'
              bad boolean          | O2,2026-11-01 10:00:00,10,maybe,浙江,上海,,,,                  | bad is_gift 'maybe' (expected true/false, 1/0 or 是/否)
              bad amount           | O2,2026-11-01 10:00:00,1.005,false,浙江,上海,,,,               | bad amount_paid '1.005'
              unknown province     | O2,2026-11-01 10:00:00,10,false,浙江,火星,,,,                  | unknown ship_to_province '火星'
              duplicate id         | O1,2026-11-01 10:00:00,10,false,浙江,上海,,,,                  | duplicate order_id 'O1' (first at line 2)
              empty id             | ,2026-11-01 10:00:00,10,false,浙江,上海,,,,                    | empty order_id
              wrong cell count     | O2,2026-11-01 10:00:00                                         | the row has 2 cells, the header 10
            """)
    void a_bad_order_row_is_reported_with_file_line_and_reason_and_the_rest_is_read(
            String name, String row, String reason) throws Exception {
        writeOrders(
                "O1,2026-11-01 10:00:00,10,false,浙江,上海,,,,\n" + row + "\nO3,2026-11-01 11:00:00,10,false,浙江,上海,,,,\n");
        Bundle bundle = reader.read(dir);
        assertThat(bundle.errors()).containsExactly(new RowError("orders.csv", 3, reason));
        assertThat(bundle.errors().get(0)).hasToString("orders.csv:3: " + reason);
        assertThat(bundle.data().orders()).extracting(Order::orderId).containsExactly("O1", "O3");
    }

    @Test
    void line_numbers_are_physical_lines_where_the_row_starts() throws Exception {
        writeOrders("O1,2026-11-01 10:00:00,10,false,浙江,上海,,,\"多\n行\n昵称\",\n" + "\n" + "O2,bad,10,false,浙江,上海,,,,\n");
        Bundle bundle = reader.read(dir);
        assertThat(bundle.errors()).containsExactly(new RowError("orders.csv", 6, "bad paid_at 'bad'"));
    }

    @Test
    void every_file_reports_its_own_bad_rows() throws Exception {
        writeOrders("O1,2026-11-01 10:00:00,10,false,浙江,上海,,,,\nO2,2026-11-01 10:00:00,oops,false,浙江,上海,,,,\n");
        write(
                "after_sales.csv",
                """
                after_sale_id,order_id,type,applied_at,first_reason_category
                A1,O1,return_refund,2026-11-02 10:00:00,quality
                A2,O1,swap,2026-11-02 10:00:00,quality
                A3,O9,return_refund,2026-11-02 10:00:00,quality
                A4,O2,return_refund,2026-11-02 10:00:00,quality
                A1,O1,return_refund,2026-11-02 10:00:00,quality
                A5,O1,return_refund,,quality
                A6,O1,return_refund,2026-11-02 10:00:00,looks
                """);
        write(
                "reviews.csv",
                """
                review_id,order_id,created_at,product_rating,appeal_status
                R1,O1,2026-11-03 10:00:00,6,none
                R2,O1,2026-11-03 10:00:00,0,none
                R3,O1,2026-11-03 10:00:00,5,pending
                R4,O1,2026-11-03 10:00:00,,
                """);
        write(
                "im_sessions.csv",
                """
                session_id,order_id,buyer_id,started_at,human,rating
                M1,,B1,2026-11-01 10:00:00,true,
                M2,O1,B1,2026-11-01 10:00:00,true,9
                """);
        write(
                "im_rounds.csv",
                """
                session_id,buyer_message_at,human_reply_at
                M1,2026-11-01 10:00:00,2026-11-01 10:00:10
                M2,2026-11-01 10:00:00,
                M3,2026-11-01 10:00:00,
                """);
        write(
                "escalations.csv",
                """
                escalation_id,order_id,escalated_at,kind
                E1,O1,2026-11-05 10:00:00,shouting
                """);
        write(
                "violations.csv",
                """
                violation_id,occurred_at,kind
                V1,2026-11-05 10:00:00,fake_orders
                V2,2026-11-05 10:00:00,jaywalking
                """);
        write(
                "logistics_events.csv",
                """
                order_id,occurred_at,node,anomaly,description
                O1,2026-11-01 12:00:00,picked_up,,揽收
                O1,2026-11-02 12:00:00,in_transit,lost,丢件
                O1,2026-11-02 12:00:00,teleported,,
                """);
        Bundle bundle = reader.read(dir);
        assertThat(bundle.errors())
                .extracting(RowError::toString)
                .containsExactly(
                        "orders.csv:3: bad amount_paid 'oops'",
                        "after_sales.csv:3: unknown type 'swap'",
                        "after_sales.csv:4: order_id 'O9' is not in the bundle",
                        "after_sales.csv:5: order_id 'O2' was rejected (orders.csv:3)",
                        "after_sales.csv:6: duplicate after_sale_id 'A1' (first at line 2)",
                        "after_sales.csv:7: empty applied_at",
                        "after_sales.csv:8: unknown first_reason_category 'looks'",
                        "reviews.csv:2: product_rating outside 1–5: '6'",
                        "reviews.csv:3: product_rating outside 1–5: '0'",
                        "reviews.csv:4: unknown appeal_status 'pending'",
                        "im_sessions.csv:3: rating outside 1–5: '9'",
                        "im_rounds.csv:3: session_id 'M2' was rejected (im_sessions.csv:3)",
                        "im_rounds.csv:4: session_id 'M3' is not in the bundle",
                        "escalations.csv:2: unknown kind 'shouting'",
                        "violations.csv:3: unknown kind 'jaywalking'",
                        "logistics_events.csv:4: unknown node 'teleported'");
        ShopData data = bundle.data();
        assertThat(data.afterSales()).extracting(AfterSale::afterSaleId).containsExactly("A1");
        assertThat(data.reviews()).hasSize(1);
        assertThat(data.sessions()).hasSize(1);
        assertThat(data.rounds()).hasSize(1);
        assertThat(data.violations()).hasSize(1);
        assertThat(data.logisticsEvents()).hasSize(2);
    }

    @Test
    void a_bundle_needs_shop_and_orders_and_nothing_else() throws Exception {
        assertThatThrownBy(() -> reader.read(dir))
                .isInstanceOf(BundleException.class)
                .hasMessageContaining("orders.csv");
        writeOrders("");
        Bundle bundle = reader.read(dir);
        assertThat(bundle.data().orders()).isEmpty();
        assertThat(bundle.errors()).isEmpty();
        Files.delete(dir.resolve("shop.csv"));
        assertThatThrownBy(() -> reader.read(dir))
                .isInstanceOf(BundleException.class)
                .hasMessageContaining("shop.csv");
    }

    @Test
    void a_missing_required_column_rejects_the_file() throws Exception {
        writeOrders("O1,2026-11-01 10:00:00,10,false,浙江,上海,,,,\n");
        write("after_sales.csv", "after_sale_id,type,applied_at\nA1,return_refund,2026-11-02 10:00:00\n");
        Bundle bundle = reader.read(dir);
        assertThat(bundle.errors()).containsExactly(new RowError("after_sales.csv", 1, "missing column order_id"));
        write("orders.csv", "paid_at\n2026-11-01 10:00:00\n");
        assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(BundleException.class);
    }

    @Test
    void an_unreadable_shop_row_stops_the_reading() throws Exception {
        writeOrders("");
        write("shop.csv", "shop_id,shop_type\nS1,kiosk\n");
        assertThatThrownBy(() -> reader.read(dir))
                .isInstanceOfSatisfying(BundleException.class, e -> assertThat(e.errors())
                        .containsExactly(new RowError("shop.csv", 2, "unknown shop_type 'kiosk'")));
    }

    @Test
    void an_empty_industry_scores_as_other_and_an_empty_shop_type_as_non_flagship() throws Exception {
        writeOrders("");
        write("shop.csv", "shop_id,industry,shop_type\nS1,,\n");
        ShopData data = reader.read(dir).data();
        assertThat(data.shop().industry()).isEqualTo("其他");
        assertThat(data.shop().shopType()).isEqualTo(ShopType.NON_FLAGSHIP);
    }
}
