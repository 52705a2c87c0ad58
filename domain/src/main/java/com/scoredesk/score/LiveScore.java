package com.scoredesk.score;

import com.scoredesk.scoring.score.ProjectedDay;
import com.scoredesk.scoring.score.ScoreResult;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A shop's projected score (spec section 8): P(T+1), the score of tomorrow ({@code asOf}) on the data as it stood at
 * {@code computedAt} plus the default outcome of every open item and no other new events, and the forecast P(T+1) …
 * P(T+7) with the bad events that leave the window each day.
 */
public record LiveScore(
        long shopId, LocalDate asOf, Instant computedAt, ScoreResult projected, List<ProjectedDay> forecast) {

    public LiveScore {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(computedAt, "computedAt");
        Objects.requireNonNull(projected, "projected");
        forecast = List.copyOf(forecast);
    }
}
