package com.scoredesk.workbench;

import static com.scoredesk.workbench.WorklistQueries.utc;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What agents' actions change in the activity tables, so that the score sees them. Every update is conditional on the
 * row still being open and bumps the row's version; an update that finds nothing to change means someone (抖店, the
 * platform, another agent) handled the record meanwhile. Each method answers the record's state before, for the
 * audit line.
 */
@Repository
class ActivityUpdates {

    private final JdbcTemplate jdbc;

    ActivityUpdates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets the round's first human reply to {@code at}; the session now has a human in it. */
    boolean reply(long shopId, long roundId, Instant at) {
        int rows = jdbc.update(
                "UPDATE im_rounds SET human_reply_at = ?, version = version + 1"
                        + " WHERE id = ? AND shop_id = ? AND human_reply_at IS NULL",
                utc(at),
                roundId,
                shopId);
        if (rows == 1) {
            jdbc.update(
                    "UPDATE im_sessions SET human = TRUE, version = version + 1"
                            + " WHERE id = (SELECT session_ref FROM im_rounds WHERE id = ?) AND human = FALSE",
                    roundId);
        }
        return rows == 1;
    }

    void storeReply(long shopId, long roundId, String text, long userId, Instant at) {
        jdbc.update(
                "INSERT INTO chat_reply (shop_id, round_ref, reply_text, sent_by, sent_at) VALUES (?, ?, ?, ?, ?)",
                shopId,
                roundId,
                text,
                userId,
                utc(at));
    }

    /** The after-sale's type and status, or {@code null} when it does not exist. */
    @Nullable
    Map<String, Object> afterSale(long shopId, long afterSaleId) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT after_sale_id, after_sale_type, status FROM after_sales WHERE id = ? AND shop_id = ?",
                afterSaleId,
                shopId);
        return rows.isEmpty() ? null : rows.getFirst();
    }

    /**
     * The merchant agrees: a refund (仅退款) is refunded at once; a return or exchange is agreed and waits for the
     * parcel. The review clock (spec 5.2) ends at {@code at}.
     */
    boolean agree(long shopId, long afterSaleId, boolean refundNow, Instant at) {
        String set =
                refundNow ? "agreed_at = ?, refunded_at = ?, status = 'refunded'" : "agreed_at = ?, status = 'agreed'";
        Object[] args = refundNow
                ? new Object[] {utc(at), utc(at), afterSaleId, shopId}
                : new Object[] {utc(at), afterSaleId, shopId};
        return jdbc.update(
                        "UPDATE after_sales SET " + set + ", version = version + 1 WHERE id = ? AND shop_id = ?"
                                + " AND " + STILL_PENDING,
                        args)
                == 1;
    }

    boolean reject(long shopId, long afterSaleId) {
        return jdbc.update(
                        "UPDATE after_sales SET status = 'rejected', version = version + 1 WHERE id = ? AND shop_id = ?"
                                + " AND " + STILL_PENDING,
                        afterSaleId,
                        shopId)
                == 1;
    }

    private static final String STILL_PENDING = "(status = 'pending' OR status IS NULL) AND agreed_at IS NULL"
            + " AND refunded_at IS NULL AND closed_at IS NULL";

    /** The courier was asked to hurry (pickup or delivery). */
    boolean urgeCourier(long shopId, long orderRowId, Instant at) {
        return jdbc.update(
                        "UPDATE orders SET courier_urged_at = ?, version = version + 1 WHERE id = ? AND shop_id = ?"
                                + " AND signed_at IS NULL",
                        utc(at),
                        orderRowId,
                        shopId)
                == 1;
    }

    /** The platform's id of the review, or {@code null} when it does not exist. */
    @Nullable
    String reviewId(long shopId, long reviewRowId) {
        List<String> found = jdbc.queryForList(
                "SELECT review_id FROM reviews WHERE id = ? AND shop_id = ?", String.class, reviewRowId, shopId);
        return found.isEmpty() ? null : found.getFirst();
    }
}
