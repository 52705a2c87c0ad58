package com.scoredesk.scoring.rules;

/**
 * A window counted back from the scored day T: events in [T − fromDaysBefore 00:00, T − toDaysBefore 00:00).
 * The usual window of N days is {@code (N, 0)}; the lagged 5-point window is {@code (104, 14)}.
 */
public record WindowSpec(int fromDaysBefore, int toDaysBefore) {

    public WindowSpec {
        if (fromDaysBefore <= toDaysBefore || toDaysBefore < 0) {
            throw new RuleSetException("bad window " + fromDaysBefore + ".." + toDaysBefore + " days before");
        }
    }

    public static WindowSpec lastDays(int days) {
        return new WindowSpec(days, 0);
    }
}
