package com.scoredesk.scoring.model;

import java.util.Objects;

/**
 * The buyer went to the platform about an order ({@code escalations.csv}).
 *
 * @param order the index of its order in {@link ShopData#orders()}
 */
public record Escalation(String escalationId, int order, long escalatedAt, EscalationKind kind) {

    public Escalation {
        Objects.requireNonNull(escalationId, "escalationId");
        Objects.requireNonNull(kind, "kind");
        if (order < 0) {
            throw new IllegalArgumentException("escalation " + escalationId + " has no order");
        }
    }
}
