package com.scoredesk.activity;

import java.time.Instant;
import java.util.Objects;

/**
 * Which rows a score needs: rows that exist before {@code until} and whose anchor times reach back to {@code from}.
 * {@code pickedUpFrom} reaches further back than {@code from} for orders picked up before the window whose delivery
 * deadline (computed from the pickup day) still falls inside it.
 */
public record ScoringWindow(Instant from, Instant pickedUpFrom, Instant until) {

    public ScoringWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(pickedUpFrom, "pickedUpFrom");
        Objects.requireNonNull(until, "until");
        if (!from.isBefore(until) || pickedUpFrom.isAfter(from)) {
            throw new IllegalArgumentException("bad window " + pickedUpFrom + " / " + from + " .. " + until);
        }
    }
}
