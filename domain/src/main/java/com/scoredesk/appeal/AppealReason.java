package com.scoredesk.appeal;

import java.util.Locale;

/** Why a bad review should not count, in the order ScoreDesk prefers them when several apply. */
public enum AppealReason {
    /** 不可抗力: a natural disaster or event in the region during delivery. */
    FORCE_MAJEURE,
    /** 物流异常: 发运异常, 中转超时, 异常派件, 揽收后48小时无分拨记录, 丢件 on the parcel's trace. */
    LOGISTICS_ANOMALY,
    /** 配送超时: the courier delivered after the waybill's deadline. */
    LATE_DELIVERY,
    /** 辱骂: the review insults or attacks. */
    ABUSIVE_REVIEW,
    /** 与商品无关: the review is about something else (the courier, the price elsewhere, an advert). */
    UNRELATED_REVIEW,
    /** 买家自述: the buyer's own words say the problem was not the product. */
    BUYER_WORDS,
    /** Anything else the agent argues. */
    OTHER;

    /** The code 申诉 templates are tagged with: {@code logistics_anomaly}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
