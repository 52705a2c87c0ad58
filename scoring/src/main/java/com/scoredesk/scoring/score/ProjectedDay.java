package com.scoredesk.scoring.score;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The projected score of one coming day: today's data plus the default outcomes of every open item, no other new
 * events; and the bad events that leave the window on that day.
 */
public record ProjectedDay(LocalDate day, ScoreResult score, List<LeavingEvent> leaving) {

    public ProjectedDay {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(score, "score");
        leaving = List.copyOf(leaving);
    }

    /**
     * A bad event that counted in the window of the day before and no longer does.
     *
     * @param kind {@code low_rating_review}, {@code quality_return}, {@code damage_return}, {@code
     *     logistics_return}, {@code escalation}, {@code missed_delivery}, {@code dissatisfied_session} or {@code
     *     violation}
     * @param rowId the id of its row (order, session or violation)
     * @param anchorDay the day of the timestamp that placed it in the window
     */
    public record LeavingEvent(String kind, String rowId, LocalDate anchorDay) {}
}
