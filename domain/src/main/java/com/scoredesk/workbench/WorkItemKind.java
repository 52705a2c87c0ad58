package com.scoredesk.workbench;

/** The worklists of the workbench, one tab each. */
public enum WorkItemKind {
    /** 待回复: a chat round in service hours without a human reply; due at 3 minutes, costly until 600 s. */
    CHAT,
    /** 待处理售后: an after-sale waiting for the merchant; the platform decides by itself at the deadline. */
    AFTER_SALE,
    /** 可申诉差评: a 1–2★ first review inside its appeal window. */
    REVIEW,
    /** 待揽收: a paid order the courier has not picked up yet. */
    PICKUP,
    /** 物流异常: a waybill with a trace anomaly, or past its delivery deadline and not signed. */
    LOGISTICS
}
