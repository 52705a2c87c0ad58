package com.scoredesk.activity;

import com.scoredesk.scoring.model.LogisticsAnomaly;
import com.scoredesk.scoring.model.LogisticsNode;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One row of {@code logistics_events.csv}: a node of a parcel's trace, perhaps with an anomaly. */
public record LogisticsEventRow(
        String orderId,
        Instant occurredAt,
        LogisticsNode node,
        @Nullable LogisticsAnomaly anomaly,
        @Nullable String description) {

    public LogisticsEventRow {
        orderId = ActivityText.requireId(orderId, "orderId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(node, "node");
    }
}
