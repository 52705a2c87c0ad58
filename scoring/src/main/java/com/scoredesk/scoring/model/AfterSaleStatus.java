package com.scoredesk.scoring.model;

/** An after-sale's status as exported; never used by the score (the timestamps decide). */
public enum AfterSaleStatus implements Coded {
    /** Waiting for the merchant. */
    PENDING("pending"),
    /** The merchant or the system agreed. */
    AGREED("agreed"),
    /** Refunded. */
    REFUNDED("refunded"),
    /** Rejected by the merchant. */
    REJECTED("rejected"),
    /** The buyer cancelled or it timed out. */
    CLOSED("closed");

    private final String code;

    AfterSaleStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
