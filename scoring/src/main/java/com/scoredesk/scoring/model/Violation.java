package com.scoredesk.scoring.model;

import java.util.Objects;

/** Behaviour the platform penalised ({@code violations.csv}); violations are not filtered by order. */
public record Violation(String violationId, long occurredAt, ViolationKind kind) {

    public Violation {
        Objects.requireNonNull(violationId, "violationId");
        Objects.requireNonNull(kind, "kind");
    }
}
