package com.scoredesk.scoring.model;

/** Behaviour the platform penalised. */
public enum ViolationKind implements Coded {
    /** 嘲讽消费者. */
    MOCKING_CONSUMER("mocking_consumer"),
    /** 退货地址异常. */
    ABNORMAL_RETURN_ADDRESS("abnormal_return_address"),
    /** 无理拒绝售后. */
    UNJUSTIFIED_AFTER_SALE_REFUSAL("unjustified_after_sale_refusal"),
    /** 拒绝开票. */
    REFUSE_INVOICE("refuse_invoice"),
    /** 虚假交易. */
    FAKE_ORDERS("fake_orders"),
    /** 虚假宣传. */
    FALSE_ADVERTISING("false_advertising"),
    /** 欺诈发货. */
    FRAUDULENT_SHIPPING("fraudulent_shipping"),
    /** 品牌混淆. */
    BRAND_CONFUSION("brand_confusion");

    private final String code;

    ViolationKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
