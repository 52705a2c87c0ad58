package com.scoredesk.activity;

import com.scoredesk.scoring.model.ViolationKind;
import java.time.Instant;
import java.util.Objects;

/** One row of {@code violations.csv}: behaviour the platform penalised. */
public record ViolationRow(String violationId, Instant occurredAt, ViolationKind kind) {

    public ViolationRow {
        violationId = ActivityText.requireId(violationId, "violationId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(kind, "kind");
    }
}
