package com.scoredesk.scoring.model;

/** The category of the buyer's first reason for an after-sale (later changes are ignored). */
public enum ReasonCategory implements Coded {
    /** 商品品质. */
    QUALITY("quality"),
    /** 物流品质: 发货超时, 错发/漏发, 缺货, 物流轨迹超时/异常, 虚假宣传物流信息. */
    LOGISTICS_QUALITY("logistics_quality"),
    /** 商品/包装破损. */
    DAMAGE("damage"),
    /** 七天无理由, 不想要, 拍错. */
    NO_REASON("no_reason"),
    /** Anything else. */
    OTHER("other");

    private final String code;

    ReasonCategory(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
