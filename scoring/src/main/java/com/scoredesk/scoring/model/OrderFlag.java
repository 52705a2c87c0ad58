package com.scoredesk.scoring.model;

/** The yes/no facts of an order, held as bits of {@link Order#flags()}. */
public enum OrderFlag {
    GIFT("is_gift"),
    LUCKY_BAG("is_lucky_bag"),
    /** 秒退. */
    INSTANT_REFUND("is_instant_refund"),
    ABNORMAL("is_abnormal"),
    PRESALE("is_presale"),
    VIRTUAL("is_virtual"),
    /** The waybill had 物流轨迹异常赔付. */
    TRACE_COMPENSATION("trace_compensation"),
    /** 欺诈发货. */
    FRAUDULENT_SHIPPING("fraudulent_shipping"),
    NEXT_DAY_DELIVERY("next_day_delivery"),
    FREIGHT_INSURANCE("freight_insurance"),
    BULKY_FREIGHT_INSURANCE("bulky_freight_insurance"),
    HOME_INSTALLATION("home_installation");

    private final String column;

    OrderFlag(String column) {
        this.column = column;
    }

    /** The column of {@code orders.csv} that holds the flag. */
    public String column() {
        return column;
    }

    /** The bit of this flag in {@link Order#flags()}. */
    public int bit() {
        return 1 << ordinal();
    }

    /** The flags of {@code flags} together. */
    public static int bits(OrderFlag... flags) {
        int bits = 0;
        for (OrderFlag f : flags) {
            bits |= f.bit();
        }
        return bits;
    }
}
