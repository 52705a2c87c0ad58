package com.scoredesk.appeal;

/** Someone else moved the appeal on since the user loaded it; {@link #current()} says who, when and to what. */
public class AppealConflictException extends RuntimeException {

    private final AppealSummary current;

    public AppealConflictException(AppealSummary current) {
        super("appeal of review " + current.reviewId() + " was changed by " + current.updatedBy() + " at "
                + current.updatedAt() + ", it is now " + current.status());
        this.current = current;
    }

    public AppealSummary current() {
        return current;
    }
}
