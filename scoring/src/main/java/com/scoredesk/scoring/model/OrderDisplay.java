package com.scoredesk.scoring.model;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The fields of an order that the worklists, reply templates and appeals show but the score never reads.
 *
 * @param quantity the number of items, 0 when unknown
 * @param extras other columns of the export (商品ID, 订单状态, 取消原因, …) by their header, kept for display
 */
public record OrderDisplay(
        @Nullable String buyerId,
        @Nullable String buyerNickname,
        @Nullable String productName,
        @Nullable String sku,
        int quantity,
        @Nullable String courier,
        @Nullable String waybillNo,
        Map<String, String> extras) {

    /** No display fields at all. */
    public static final OrderDisplay EMPTY = new OrderDisplay(null, null, null, null, 0, null, null, Map.of());

    public OrderDisplay {
        extras = Map.copyOf(extras);
    }
}
