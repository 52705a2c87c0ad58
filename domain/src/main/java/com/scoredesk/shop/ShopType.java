package com.scoredesk.shop;

/** The platform's shop types as far as the score cares (spec section 3). */
public enum ShopType {
    /** 旗舰店, 官方旗舰店. */
    FLAGSHIP,
    /** 专卖店, 专营店, 企业店, 个体店. */
    NON_FLAGSHIP,
    /** 个人店. */
    PERSONAL
}
