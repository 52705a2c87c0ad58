package com.scoredesk.kpi;

import com.scoredesk.scoring.model.Timestamps;
import java.time.LocalTime;

/** Where the spec's night clocks start (section 5.2): a time inside the night window waits for its end. */
final class ClockStarts {

    private ClockStarts() {}

    static long start(long t, LocalTime nightFrom, LocalTime nightTo) {
        long from = nightFrom.toNanoOfDay() / 1_000_000;
        long to = nightTo.toNanoOfDay() / 1_000_000;
        long timeOfDay = Timestamps.millisOfDay(t);
        long day = Timestamps.epochDay(t);
        if (from > to) {
            if (timeOfDay >= from) {
                return Timestamps.startOfDay(day + 1) + to;
            }
            return timeOfDay < to ? Timestamps.startOfDay(day) + to : t;
        }
        return timeOfDay >= from && timeOfDay < to ? Timestamps.startOfDay(day) + to : t;
    }
}
