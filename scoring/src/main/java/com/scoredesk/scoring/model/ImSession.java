package com.scoredesk.scoring.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A chat session with a buyer ({@code im_sessions.csv}).
 *
 * @param order the index of the order it is about, {@link #NO_ORDER} for a pre-sale chat
 * @param human a human agent took part (pure bot sessions are {@code false})
 * @param rating the buyer's 1–5 rating of human service, 0 when none
 */
public record ImSession(
        String sessionId, int order, @Nullable String buyerId, long startedAt, boolean human, int rating) {

    /** {@link #order()} of a session about no order. */
    public static final int NO_ORDER = -1;

    public ImSession {
        Objects.requireNonNull(sessionId, "sessionId");
        if (rating < 0 || rating > 5) {
            throw new IllegalArgumentException("rating outside 1–5: " + rating);
        }
        if (order < NO_ORDER) {
            throw new IllegalArgumentException("bad order index " + order);
        }
    }

    public boolean hasOrder() {
        return order != NO_ORDER;
    }
}
