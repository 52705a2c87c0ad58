package com.scoredesk.activity;

import com.scoredesk.scoring.model.EscalationKind;
import java.time.Instant;
import java.util.Objects;

/** One row of {@code escalations.csv}: the buyer went to the platform about an order. */
public record EscalationRow(String escalationId, String orderId, Instant escalatedAt, EscalationKind kind) {

    public EscalationRow {
        escalationId = ActivityText.requireId(escalationId, "escalationId");
        orderId = ActivityText.requireId(orderId, "orderId");
        Objects.requireNonNull(escalatedAt, "escalatedAt");
        Objects.requireNonNull(kind, "kind");
    }
}
