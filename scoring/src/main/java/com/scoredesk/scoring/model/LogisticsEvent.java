package com.scoredesk.scoring.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One node of a parcel's trace ({@code logistics_events.csv}); display and appeals only, never scored.
 *
 * @param order the index of its order in {@link ShopData#orders()}
 * @param anomaly the anomaly at this node, {@code null} when none
 */
public record LogisticsEvent(
        int order, long occurredAt, LogisticsNode node, @Nullable LogisticsAnomaly anomaly, String description) {

    public LogisticsEvent {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(description, "description");
        if (order < 0) {
            throw new IllegalArgumentException("logistics event without order");
        }
    }
}
