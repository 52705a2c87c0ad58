package com.scoredesk.activity;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One row of {@code im_rounds.csv}: a buyer's message and the first valid human reply, if any. */
public record ImRoundRow(String sessionId, Instant buyerMessageAt, @Nullable Instant humanReplyAt) {

    public ImRoundRow {
        sessionId = ActivityText.requireId(sessionId, "sessionId");
        Objects.requireNonNull(buyerMessageAt, "buyerMessageAt");
    }
}
