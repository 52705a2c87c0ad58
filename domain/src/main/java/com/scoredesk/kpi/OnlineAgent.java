package com.scoredesk.kpi;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Someone with ScoreDesk open right now, and the work items they hold (claimed, not done).
 *
 * @param since when their earliest open page was opened
 * @param nextDeadline the nearest deadline among what they hold, {@code null} when they hold nothing
 */
public record OnlineAgent(
        long userId,
        String username,
        String displayName,
        Instant since,
        long holding,
        @Nullable Instant nextDeadline) {}
