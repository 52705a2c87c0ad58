package com.scoredesk.kpi;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One worklist of the workbench right now: open items, how many nobody holds, how many are past their deadline, and
 * since when the oldest waits.
 */
public record QueueDepth(
        String kind,
        long open,
        long unclaimed,
        long overdue,
        @Nullable Instant oldestOpenedAt,
        @Nullable Duration oldestAge) {}
