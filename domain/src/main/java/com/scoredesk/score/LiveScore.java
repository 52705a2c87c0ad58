package com.scoredesk.score;

import com.scoredesk.scoring.score.ScoreResult;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A shop's projected score: the score of tomorrow ({@code asOf}) computed on the data as it stands at
 * {@code computedAt}, with no further events. Open items count as they stand (an unanswered round as unanswered);
 * see {@link LiveScoreService}.
 */
public record LiveScore(long shopId, LocalDate asOf, Instant computedAt, ScoreResult projected) {

    public LiveScore {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(computedAt, "computedAt");
        Objects.requireNonNull(projected, "projected");
    }
}
