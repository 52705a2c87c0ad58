package com.scoredesk.scoring.model;

/** The state of the merchant's appeal against a review. */
public enum AppealStatus implements Coded {
    /** No appeal. */
    NONE("none"),
    /** An appeal being written. */
    DRAFT("draft"),
    /** Submitted, waiting for the platform. */
    SUBMITTED("submitted"),
    /** Approved: the review leaves every indicator. */
    APPROVED("approved"),
    /** Rejected. */
    REJECTED("rejected");

    private final String code;

    AppealStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
