package com.scoredesk.workbench;

import static com.scoredesk.workbench.WorklistQueries.instant;

import com.scoredesk.workbench.WorkItemDetail.AfterSaleInfo;
import com.scoredesk.workbench.WorkItemDetail.ChatRound;
import com.scoredesk.workbench.WorkItemDetail.OrderInfo;
import com.scoredesk.workbench.WorkItemDetail.Reply;
import com.scoredesk.workbench.WorkItemDetail.ReviewInfo;
import com.scoredesk.workbench.WorkItemDetail.TraceNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the activity around one work item for its detail panel. */
@Repository
class DetailQueries {

    private final JdbcTemplate jdbc;

    DetailQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Nullable
    OrderInfo order(long shopId, @Nullable String orderId) {
        if (orderId == null) {
            return null;
        }
        List<OrderInfo> found = jdbc.query(
                """
                SELECT order_id, paid_at, amount_paid, buyer_nickname, buyer_id, product_name, sku, quantity, courier,
                  waybill_no, ship_from_province, ship_to_province, is_presale, promised_ship_by, picked_up_at,
                  delivery_due_at, signed_at, courier_urged_at
                FROM orders WHERE shop_id = ? AND order_id = ?""",
                (rs, row) -> {
                    int count = rs.getInt("quantity");
                    Integer quantity = rs.wasNull() ? null : count;
                    String nickname = rs.getString("buyer_nickname");
                    return new OrderInfo(
                            rs.getString("order_id"),
                            instant(rs, "paid_at"),
                            rs.getBigDecimal("amount_paid"),
                            nickname != null ? nickname : rs.getString("buyer_id"),
                            rs.getString("product_name"),
                            rs.getString("sku"),
                            quantity,
                            rs.getString("courier"),
                            rs.getString("waybill_no"),
                            rs.getString("ship_from_province"),
                            rs.getString("ship_to_province"),
                            rs.getBoolean("is_presale"),
                            instant(rs, "promised_ship_by"),
                            instant(rs, "picked_up_at"),
                            instant(rs, "delivery_due_at"),
                            instant(rs, "signed_at"),
                            instant(rs, "courier_urged_at"));
                },
                shopId,
                orderId);
        return found.isEmpty() ? null : found.getFirst();
    }

    @Nullable
    String reviewId(long shopId, long reviewRowId) {
        List<String> found = jdbc.queryForList(
                "SELECT review_id FROM reviews WHERE id = ? AND shop_id = ?", String.class, reviewRowId, shopId);
        return found.isEmpty() ? null : found.getFirst();
    }

    List<TraceNode> trace(long shopId, @Nullable String orderId) {
        if (orderId == null) {
            return List.of();
        }
        return jdbc.query(
                "SELECT occurred_at, node, anomaly, description FROM logistics_events WHERE shop_id = ? AND order_id = ?"
                        + " ORDER BY occurred_at, id",
                (rs, row) -> new TraceNode(
                        Objects.requireNonNull(instant(rs, "occurred_at")),
                        rs.getString("node"),
                        rs.getString("anomaly"),
                        rs.getString("description")),
                shopId,
                orderId);
    }

    List<AfterSaleInfo> afterSales(long shopId, @Nullable String orderId) {
        if (orderId == null) {
            return List.of();
        }
        return jdbc.query(
                """
                SELECT after_sale_id, after_sale_type, applied_at, first_reason_category, reason_text, refund_amount,
                  status, agreed_at, refunded_at, closed_at
                FROM after_sales WHERE shop_id = ? AND order_id = ? ORDER BY applied_at, id""",
                (rs, row) -> new AfterSaleInfo(
                        rs.getString("after_sale_id"),
                        rs.getString("after_sale_type"),
                        instant(rs, "applied_at"),
                        rs.getString("first_reason_category"),
                        rs.getString("reason_text"),
                        rs.getBigDecimal("refund_amount"),
                        rs.getString("status"),
                        instant(rs, "agreed_at"),
                        instant(rs, "refunded_at"),
                        instant(rs, "closed_at")),
                shopId,
                orderId);
    }

    List<ReviewInfo> reviews(long shopId, @Nullable String orderId) {
        if (orderId == null) {
            return List.of();
        }
        return jdbc.query(
                """
                SELECT review_id, created_at, product_rating, logistics_rating, service_rating, review_text, has_images,
                  appeal_status
                FROM reviews WHERE shop_id = ? AND order_id = ? ORDER BY created_at, review_id""",
                (rs, row) -> new ReviewInfo(
                        rs.getString("review_id"),
                        instant(rs, "created_at"),
                        stars(rs.getInt("product_rating"), rs.wasNull()),
                        stars(rs.getInt("logistics_rating"), rs.wasNull()),
                        stars(rs.getInt("service_rating"), rs.wasNull()),
                        rs.getString("review_text"),
                        rs.getBoolean("has_images"),
                        rs.getString("appeal_status")),
                shopId,
                orderId);
    }

    /** The rounds of the round's own session (for a chat item) and of every session about the order. */
    List<ChatRound> rounds(long shopId, @Nullable Long roundId, @Nullable String orderId) {
        Map<Long, RoundRow> rounds = new LinkedHashMap<>();
        jdbc.query(
                """
                SELECT r.id, s.session_id, r.buyer_message_at, r.human_reply_at
                FROM im_rounds r JOIN im_sessions s ON s.id = r.session_ref
                WHERE s.shop_id = ? AND (s.id = (SELECT session_ref FROM im_rounds WHERE id = ?) OR s.order_id = ?)
                ORDER BY r.buyer_message_at, r.id""",
                rs -> {
                    rounds.put(
                            rs.getLong("id"),
                            new RoundRow(
                                    rs.getString("session_id"),
                                    Objects.requireNonNull(instant(rs, "buyer_message_at")),
                                    instant(rs, "human_reply_at")));
                },
                shopId,
                roundId == null ? -1L : roundId,
                orderId);
        Map<Long, List<Reply>> replies = new HashMap<>();
        if (!rounds.isEmpty()) {
            jdbc.query(
                    "SELECT c.round_ref, c.reply_text, c.sent_at, u.display_name FROM chat_reply c"
                            + " LEFT JOIN app_user u ON u.id = c.sent_by WHERE c.round_ref IN ("
                            + WorklistQueries.placeholders(rounds.size()) + ") ORDER BY c.sent_at, c.id",
                    rs -> {
                        replies.computeIfAbsent(rs.getLong("round_ref"), k -> new ArrayList<>())
                                .add(new Reply(
                                        rs.getString("reply_text"),
                                        rs.getString("display_name"),
                                        Objects.requireNonNull(instant(rs, "sent_at"))));
                    },
                    rounds.keySet().toArray());
        }
        List<ChatRound> result = new ArrayList<>();
        rounds.forEach((id, r) -> result.add(new ChatRound(
                r.sessionId(), r.buyerMessageAt(), r.humanReplyAt(), replies.getOrDefault(id, List.of()))));
        return result;
    }

    private static @Nullable Integer stars(int value, boolean wasNull) {
        return wasNull ? null : value;
    }

    private record RoundRow(
            String sessionId, java.time.Instant buyerMessageAt, java.time.@Nullable Instant humanReplyAt) {}
}
