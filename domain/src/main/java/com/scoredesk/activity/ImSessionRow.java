package com.scoredesk.activity;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One row of {@code im_sessions.csv}: a chat, about an order or not (a pre-sale chat has no order). */
public record ImSessionRow(
        String sessionId,
        @Nullable String orderId,
        @Nullable String buyerId,
        Instant startedAt,
        boolean human,
        @Nullable Integer rating) {

    public ImSessionRow {
        sessionId = ActivityText.requireId(sessionId, "sessionId");
        Objects.requireNonNull(startedAt, "startedAt");
        ActivityText.requireStars(rating, "rating");
    }
}
