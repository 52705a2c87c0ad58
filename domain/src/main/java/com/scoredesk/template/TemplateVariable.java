package com.scoredesk.template;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The variables a template may use, written {@code {买家昵称}} or, with a fallback for when the item has no value,
 * {@code {买家昵称|亲}}. Any other name is refused when a template is saved.
 */
public enum TemplateVariable {
    BUYER_NICKNAME("买家昵称"),
    ORDER_ID("订单号"),
    PRODUCT_NAME("商品名"),
    SKU("商品规格"),
    COURIER("快递公司"),
    WAYBILL_NO("运单号"),
    AFTER_SALE_TYPE("售后类型"),
    REFUND_AMOUNT("退款金额"),
    PROMISED_SHIP_BY("承诺发货时间"),
    SIGNED_AT("签收时间"),
    SHOP_NAME("店铺名"),
    AGENT_NAME("客服昵称"),
    REVIEW_DATE("评价时间"),
    /** The evidence list of an appeal (申诉 templates). */
    EVIDENCE("证据");

    private static final Map<String, TemplateVariable> BY_TOKEN =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(v -> v.token, Function.identity()));

    private final String token;

    TemplateVariable(String token) {
        this.token = token;
    }

    /** The name as written in a template, without braces: {@code 买家昵称}. */
    public String token() {
        return token;
    }

    /** {@code {买家昵称}}: how the variable is written in a template. */
    public String placeholder() {
        return "{" + token + "}";
    }

    public static Optional<TemplateVariable> byToken(String token) {
        return Optional.ofNullable(BY_TOKEN.get(token.strip()));
    }
}
