package com.scoredesk.workbench;

import static com.scoredesk.testing.Times.at;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Rows for workbench tests, written straight into the tables (times are Shanghai wall-clock strings), and logging
 * in as a user of the database.
 */
final class TestData {

    private final JdbcTemplate jdbc;
    /** Makes shop codes and user names unique: tests share one database and never delete what others wrote. */
    private final String suffix = "-" + UUID.randomUUID().toString().substring(0, 8);

    TestData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long shop(String code, String name, String industry) {
        return insert("shop", row("code", code + suffix, "name", name, "industry", industry, "shop_type", "FLAGSHIP"));
    }

    /** A user with a role (AGENT, SUPERVISOR, ADMIN) who works {@code shopIds}. */
    long user(String username, String displayName, String role, long... shopIds) {
        long id = insert(
                "app_user",
                row(
                        "username",
                        username + suffix,
                        "display_name",
                        displayName,
                        "password_hash",
                        "{noop}x",
                        "enabled",
                        true));
        jdbc.update("INSERT INTO user_role (user_id, role) VALUES (?, ?)", id, role);
        for (long shopId : shopIds) {
            jdbc.update("INSERT INTO user_shop (user_id, shop_id) VALUES (?, ?)", id, shopId);
        }
        return id;
    }

    /** The user name of {@code who} of this test's team in the database. */
    String username(String who) {
        return who + suffix;
    }

    /** Logs in as user {@code username} of this test's team (its roles come from the database). */
    void login(String username) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(username + suffix, null, List.of()));
    }

    static void logout() {
        SecurityContextHolder.clearContext();
    }

    /** A paid order; {@code more} adds or overrides columns (times as strings are Shanghai time). */
    long order(long shopId, String orderId, String paidAt, Object... more) {
        Map<String, Object> values = row(
                "shop_id",
                shopId,
                "order_id",
                orderId,
                "paid_at",
                paidAt,
                "amount_paid",
                new BigDecimal("99.00"),
                "buyer_nickname",
                "买家" + orderId,
                "product_name",
                "白茶 " + orderId);
        values.putAll(row(more));
        return insert("orders", values);
    }

    long afterSale(long shopId, String afterSaleId, String orderId, String type, String appliedAt, Object... more) {
        Map<String, Object> values = row(
                "shop_id",
                shopId,
                "after_sale_id",
                afterSaleId,
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
                new BigDecimal("99.00"));
        values.putAll(row(more));
        return insert("after_sales", values);
    }

    long review(long shopId, String reviewId, String orderId, String createdAt, int stars, Object... more) {
        Map<String, Object> values = row(
                "shop_id",
                shopId,
                "review_id",
                reviewId,
                "order_id",
                orderId,
                "created_at",
                createdAt,
                "product_rating",
                stars,
                "review_text",
                "物流太慢了");
        values.putAll(row(more));
        return insert("reviews", values);
    }

    long session(long shopId, String sessionId, String orderId, String startedAt) {
        return insert(
                "im_sessions",
                row(
                        "shop_id",
                        shopId,
                        "session_id",
                        sessionId,
                        "order_id",
                        orderId,
                        "buyer_id",
                        "buyer-" + sessionId,
                        "started_at",
                        startedAt,
                        "human",
                        true));
    }

    long round(long shopId, long sessionRef, String buyerMessageAt) {
        return insert(
                "im_rounds", row("shop_id", shopId, "session_ref", sessionRef, "buyer_message_at", buyerMessageAt));
    }

    void trace(long shopId, String orderId, String occurredAt, String node, String anomaly) {
        insert(
                "logistics_events",
                row(
                        "shop_id",
                        shopId,
                        "order_id",
                        orderId,
                        "occurred_at",
                        occurredAt,
                        "node",
                        node,
                        "anomaly",
                        anomaly));
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    Object value(String sql, Object... args) {
        return Objects.requireNonNull(jdbc.queryForObject(sql, Object.class, args));
    }

    Instant instant(String sql, Object... args) {
        OffsetDateTime value = jdbc.queryForObject(sql, OffsetDateTime.class, args);
        return Objects.requireNonNull(value).toInstant();
    }

    private long insert(String table, Map<String, Object> values) {
        List<String> columns = List.copyOf(values.keySet());
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
                    for (int i = 0; i < columns.size(); i++) {
                        Object value = convert(columns.get(i), values.get(columns.get(i)));
                        if (value == null) {
                            statement.setNull(i + 1, java.sql.Types.NULL);
                        } else {
                            statement.setObject(i + 1, value);
                        }
                    }
                    return statement;
                },
                keys);
        return Objects.requireNonNull(keys.getKeyAs(Number.class)).longValue();
    }

    private static @org.jspecify.annotations.Nullable Object convert(
            String column, @org.jspecify.annotations.Nullable Object value) {
        if (value instanceof String text && (column.endsWith("_at") || column.endsWith("_by"))) {
            return OffsetDateTime.ofInstant(at(text), ZoneOffset.UTC);
        }
        if (value instanceof Instant instant) {
            return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        return value;
    }

    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }
}
