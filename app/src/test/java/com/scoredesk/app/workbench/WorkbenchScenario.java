package com.scoredesk.app.workbench;

import com.scoredesk.shop.Shop;
import com.scoredesk.shop.ShopService;
import com.scoredesk.shop.ShopSummary;
import com.scoredesk.shop.ShopType;
import com.scoredesk.user.NewUser;
import com.scoredesk.user.Role;
import com.scoredesk.user.UserService;
import com.scoredesk.workbench.WorkItemRefresher;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * A shop of its own with a team of its own and one open item of every kind, timed against the application's clock, so
 * that workbench tests neither see the demo shops' work nor disturb other tests sharing the database.
 */
final class WorkbenchScenario {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String PASSWORD = "workbench-secret";

    final long shopId;
    final String shopName;
    final String agent;
    final String agent2;
    final String lead;
    final String agentName;
    final String agent2Name;
    final Instant now;
    private final JdbcTemplate jdbc;
    private final WorkItemRefresher refresher;

    WorkbenchScenario(ApplicationContext ctx) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        this.jdbc = ctx.getBean(JdbcTemplate.class);
        this.refresher = ctx.getBean(WorkItemRefresher.class);
        this.now = ctx.getBean(Clock.class).instant();
        ShopService shops = ctx.getBean(ShopService.class);
        ShopSummary shop = shops.registerUnchecked(new Shop("WB-" + tag, "工作台测试店 " + tag, "女装", ShopType.FLAGSHIP));
        this.shopId = shop.id();
        this.shopName = shop.name();
        UserService users = ctx.getBean(UserService.class);
        this.agent = "wb-agent-" + tag;
        this.agent2 = "wb-agent2-" + tag;
        this.lead = "wb-lead-" + tag;
        this.agentName = "小周 " + tag;
        this.agent2Name = "小陈 " + tag;
        users.createInitialUser(new NewUser(agent, agentName, PASSWORD, Set.of(Role.AGENT), Set.of(shopId)));
        users.createInitialUser(new NewUser(agent2, agent2Name, PASSWORD, Set.of(Role.AGENT), Set.of(shopId)));
        users.createInitialUser(new NewUser(lead, "主管 " + tag, PASSWORD, Set.of(Role.SUPERVISOR), Set.of(shopId)));
    }

    /** One open item of each kind: a chat round, a pending refund, a 1★ review, an unpicked order, a late parcel. */
    WorkbenchScenario withOneItemOfEachKind() {
        Instant message = inServiceHours(now.minusSeconds(40));
        order("C-ORDER", now.minus(Duration.ofDays(2)), "picked_up_at", now.minus(Duration.ofDays(1)));
        long session = insert(
                "im_sessions",
                row(
                        "shop_id",
                        shopId,
                        "session_id",
                        "S-1",
                        "order_id",
                        "C-ORDER",
                        "buyer_id",
                        "buyer-1",
                        "started_at",
                        message.minusSeconds(60),
                        "human",
                        true));
        insert("im_rounds", row("shop_id", shopId, "session_ref", session, "buyer_message_at", message));
        delivered("A-ORDER");
        afterSale("A-1", "A-ORDER", "refund_shipped", now.minus(Duration.ofHours(2)));
        order(
                "R-ORDER",
                now.minus(Duration.ofDays(6)),
                "picked_up_at",
                now.minus(Duration.ofDays(5)),
                "delivery_due_at",
                now.minus(Duration.ofDays(3)),
                "signed_at",
                now.minus(Duration.ofDays(2)));
        insert(
                "logistics_events",
                row(
                        "shop_id",
                        shopId,
                        "order_id",
                        "R-ORDER",
                        "occurred_at",
                        now.minus(Duration.ofDays(4)),
                        "node",
                        "in_transit",
                        "anomaly",
                        "transit_timeout"));
        insert(
                "reviews",
                row(
                        "shop_id",
                        shopId,
                        "review_id",
                        "R-1",
                        "order_id",
                        "R-ORDER",
                        "created_at",
                        now.minus(Duration.ofDays(1)),
                        "product_rating",
                        1,
                        "review_text",
                        "快递太慢了",
                        "appeal_status",
                        "none"));
        order("P-ORDER", now.minus(Duration.ofHours(3)));
        order(
                "L-ORDER",
                now.minus(Duration.ofDays(10)),
                "picked_up_at",
                now.minus(Duration.ofDays(9)),
                "ship_from_province",
                "浙江",
                "ship_to_province",
                "上海");
        refresh();
        return this;
    }

    /** {@code n} more pending after-sales (for bulk actions). */
    WorkbenchScenario withPendingAfterSales(int n) {
        delivered("B-ORDER");
        for (int i = 0; i < n; i++) {
            afterSale("B-" + i, "B-ORDER", "refund_shipped", now.minus(Duration.ofMinutes(30 + i)));
        }
        refresh();
        return this;
    }

    void refresh() {
        refresher.refreshUnchecked(shopId);
    }

    /** The latest instant not after {@code t} inside service hours (08:00–23:00 Shanghai), so chats are listed. */
    static Instant inServiceHours(Instant t) {
        LocalTime time = LocalTime.ofInstant(t, SHANGHAI);
        if (!time.isBefore(LocalTime.of(8, 1)) && time.isBefore(LocalTime.of(23, 0))) {
            return t;
        }
        LocalDate day = LocalDate.ofInstant(t, SHANGHAI);
        if (time.isBefore(LocalTime.of(8, 1))) {
            day = day.minusDays(1);
        }
        return day.atTime(22, 58).atZone(SHANGHAI).toInstant();
    }

    long order(String orderId, Instant paidAt, Object... more) {
        Map<String, Object> values = row(
                "shop_id",
                shopId,
                "order_id",
                orderId,
                "paid_at",
                paidAt,
                "amount_paid",
                new BigDecimal("129.00"),
                "buyer_nickname",
                "买家" + orderId,
                "product_name",
                "羊毛大衣 " + orderId,
                "courier",
                "中通快递",
                "waybill_no",
                "ZT" + orderId);
        values.putAll(row(more));
        return insert("orders", values);
    }

    /** An order paid, picked up and signed in the last days: nothing to do about it but its after-sales. */
    long delivered(String orderId) {
        return order(
                orderId,
                now.minus(Duration.ofDays(3)),
                "picked_up_at",
                now.minus(Duration.ofDays(2)),
                "signed_at",
                now.minus(Duration.ofDays(1)));
    }

    /** A 1★ first review of {@code orderId}, written yesterday: a 可申诉差评 item. */
    long badReview(String reviewId, String orderId, String text) {
        return insert(
                "reviews",
                row(
                        "shop_id",
                        shopId,
                        "review_id",
                        reviewId,
                        "order_id",
                        orderId,
                        "created_at",
                        now.minus(Duration.ofDays(1)),
                        "product_rating",
                        1,
                        "review_text",
                        text,
                        "appeal_status",
                        "none"));
    }

    /** Someone else claims the item in the database, and this screen has not heard of it yet (the push is on its way). */
    void claimBehindTheScreen(long itemId, String username) {
        jdbc.update(
                "UPDATE work_item SET claimed_by = (SELECT id FROM app_user WHERE username = ?), version = version + 1"
                        + " WHERE id = ?",
                username,
                itemId);
    }

    long afterSale(String id, String orderId, String type, Instant appliedAt) {
        return insert(
                "after_sales",
                row(
                        "shop_id",
                        shopId,
                        "after_sale_id",
                        id,
                        "order_id",
                        orderId,
                        "after_sale_type",
                        type,
                        "applied_at",
                        appliedAt,
                        "status",
                        "pending",
                        "reason_text",
                        "不想要了",
                        "refund_amount",
                        new BigDecimal("129.00")));
    }

    @Nullable
    Object value(String sql, Object... args) {
        return jdbc.queryForObject(sql, Object.class, args);
    }

    private long insert(String table, Map<String, Object> values) {
        List<String> columns = new ArrayList<>(values.keySet());
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
                    for (int i = 0; i < columns.size(); i++) {
                        Object value = values.get(columns.get(i));
                        statement.setObject(
                                i + 1,
                                value instanceof Instant t ? OffsetDateTime.ofInstant(t, ZoneOffset.UTC) : value);
                    }
                    return statement;
                },
                keys);
        return Objects.requireNonNull(keys.getKeyAs(Number.class)).longValue();
    }

    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }
}
