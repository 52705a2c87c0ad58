package com.scoredesk.scoring.model;

/** An anomaly on a parcel's trace (appealable with the courier's trace and certificate). */
public enum LogisticsAnomaly implements Coded {
    /** 发运异常. */
    SHIPMENT_ANOMALY("shipment_anomaly"),
    /** 中转超时. */
    TRANSIT_TIMEOUT("transit_timeout"),
    /** 异常派件. */
    DELIVERY_ANOMALY("delivery_anomaly"),
    /** 揽收后48小时无分拨记录. */
    NO_SORTING_48H("no_sorting_48h"),
    /** 丢件. */
    LOST("lost");

    private final String code;

    LogisticsAnomaly(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
