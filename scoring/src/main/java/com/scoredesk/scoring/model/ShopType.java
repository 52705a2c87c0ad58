package com.scoredesk.scoring.model;

import java.util.Set;

/** The kind of shop, which picks service weights and the small-shop threshold. */
public enum ShopType implements Coded, Coded.Aliased {
    /** 旗舰店 and 官方旗舰店. */
    FLAGSHIP("flagship", Set.of("旗舰店", "官方旗舰店")),
    /** 专卖店, 专营店, 企业店, 个体店. */
    NON_FLAGSHIP("non_flagship", Set.of("专卖店", "专营店", "企业店", "个体店")),
    /** 个人店: no growth-stage score. */
    PERSONAL("personal", Set.of("个人店"));

    private final String code;
    private final Set<String> aliases;

    ShopType(String code, Set<String> aliases) {
        this.code = code;
        this.aliases = aliases;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Set<String> aliases() {
        return aliases;
    }
}
