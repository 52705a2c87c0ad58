package com.scoredesk.scoring.score;

/** Whether and how a shop is scored. */
public enum Stage {
    /** Scored from the indicators. */
    FORMAL("formal"),
    /** Too few valid paid orders: a fixed growth-stage score (100-point sets). */
    GROWTH("growth"),
    /** No score; {@link ScoreResult#reason()} says why. */
    NONE("none");

    private final String code;

    Stage(String code) {
        this.code = code;
    }

    /** {@code formal}, {@code growth} or {@code none}, as in the JSON answer. */
    public String code() {
        return code;
    }
}
