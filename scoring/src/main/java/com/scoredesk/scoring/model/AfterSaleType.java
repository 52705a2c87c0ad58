package com.scoredesk.scoring.model;

/** The kind of after-sale request. */
public enum AfterSaleType implements Coded {
    /** 未发货仅退款. */
    REFUND_UNSHIPPED("refund_unshipped"),
    /** 已发货仅退款. */
    REFUND_SHIPPED("refund_shipped"),
    /** 退货退款. */
    RETURN_REFUND("return_refund"),
    /** 换货. */
    EXCHANGE("exchange");

    private final String code;

    AfterSaleType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
