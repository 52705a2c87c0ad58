package com.scoredesk.template;

/** What a template is for. The order is the order the library shows them in. */
public enum TemplateCategory {
    /** 售前: questions before buying. */
    PRE_SALE,
    /** 发货物流: shipping and the parcel on its way. */
    SHIPPING,
    /** 售后: refunds, returns, exchanges. */
    AFTER_SALE,
    /** 差评回复: the shop's public answer to a bad review. */
    BAD_REVIEW_REPLY,
    /** 签收关怀: a care message after the buyer signed for the parcel. */
    SIGN_OFF_CARE,
    /** 申诉: the text of a review appeal sent to the platform. */
    APPEAL
}
