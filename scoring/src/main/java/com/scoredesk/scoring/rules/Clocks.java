package com.scoredesk.scoring.rules;

import java.time.LocalTime;
import java.util.Objects;

/**
 * The clock rules. Night windows are half-open and wrap over midnight: paid in [18:00, 06:00) starts the pickup
 * clock at the next 06:00; applied in [23:00, 08:00) starts the review clock at the next 08:00. Service hours are
 * [08:00, 23:00).
 *
 * @param roundReplyCapSeconds a round's reply time is capped here, and an unanswered round counts this much
 */
public record Clocks(
        LocalTime pickupNightFrom,
        LocalTime pickupNightTo,
        LocalTime reviewNightFrom,
        LocalTime reviewNightTo,
        LocalTime serviceFrom,
        LocalTime serviceTo,
        long roundReplyCapSeconds) {

    public Clocks {
        Objects.requireNonNull(pickupNightFrom, "pickupNightFrom");
        Objects.requireNonNull(pickupNightTo, "pickupNightTo");
        Objects.requireNonNull(reviewNightFrom, "reviewNightFrom");
        Objects.requireNonNull(reviewNightTo, "reviewNightTo");
        Objects.requireNonNull(serviceFrom, "serviceFrom");
        Objects.requireNonNull(serviceTo, "serviceTo");
    }
}
