package com.scoredesk.compliance;

/** What kind of behaviour a rule catches. */
public enum RuleKind {
    /** 引导买家修改售后原因. */
    AFTER_SALE_REASON,
    /** 好评返现, gifts or money for a good review. */
    REVIEW_INDUCEMENT,
    /** Asking, or paying, the buyer to delete or change a review. */
    REVIEW_REMOVAL,
    /** 站外引流: WeChat, QQ, phone numbers, QR codes, private transfers. */
    OFF_PLATFORM,
    /** Insulting or mocking the buyer (辱骂, 嘲讽). */
    INSULT,
    /** Promises the platform forbids: confirm receipt first, absolute claims. */
    FORBIDDEN_PROMISE,
    /** Discouraging the buyer from the platform's help (投诉, 平台介入). */
    OBSTRUCTION
}
