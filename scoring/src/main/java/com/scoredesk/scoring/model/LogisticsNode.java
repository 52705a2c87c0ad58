package com.scoredesk.scoring.model;

/** A node of a parcel's trace. */
public enum LogisticsNode implements Coded {
    /** 揽收. */
    PICKED_UP("picked_up"),
    /** 发出. */
    DEPARTED("departed"),
    /** 运输中. */
    IN_TRANSIT("in_transit"),
    /** 派件中. */
    OUT_FOR_DELIVERY("out_for_delivery"),
    /** 签收. */
    SIGNED("signed");

    private final String code;

    LogisticsNode(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
