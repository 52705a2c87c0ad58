package com.scoredesk.appeal;

/** An appeal step was refused because the appeal breaks a rule of the platform. */
public class AppealRefusedException extends IllegalArgumentException {

    public enum Problem {
        /** The text is longer than the platform accepts ({@code actual} characters, {@code limit} allowed). */
        TEXT_TOO_LONG,
        /** More evidence images than the platform accepts. */
        TOO_MANY_IMAGES,
        /** The text is empty. */
        EMPTY_TEXT,
        /** The appeal window of the review has closed. */
        WINDOW_CLOSED,
        /** The review cannot be appealed: not a 1–2★ first review, or its appeal went past draft. */
        NOT_APPEALABLE
    }

    private final Problem problem;
    private final int actual;
    private final int limit;

    public AppealRefusedException(Problem problem, int actual, int limit) {
        super(problem + " (" + actual + " / " + limit + ")");
        this.problem = problem;
        this.actual = actual;
        this.limit = limit;
    }

    public Problem problem() {
        return problem;
    }

    public int actual() {
        return actual;
    }

    public int limit() {
        return limit;
    }
}
