package com.scoredesk.activity;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The order columns the score never reads but people do: who bought what, and which parcel carries it.
 * {@code extraColumns} keeps any other column of a 抖店 export (选购商品, 订单状态 …) by its header, for display.
 */
public record OrderDisplay(
        @Nullable String buyerId,
        @Nullable String buyerNickname,
        @Nullable String productName,
        @Nullable String sku,
        @Nullable Integer quantity,
        @Nullable String courier,
        @Nullable String waybillNo,
        Map<String, String> extraColumns) {

    public static final OrderDisplay NONE = new OrderDisplay(null, null, null, null, null, null, null, Map.of());

    public OrderDisplay {
        extraColumns = Map.copyOf(extraColumns);
    }
}
