package com.scoredesk.scoring.bundle;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files of a bundle: name, columns (canonical names), the columns a file cannot do without, and the 抖店
 * export's Chinese headers accepted for them.
 */
public enum BundleFile {
    SHOP(
            "shop.csv",
            true,
            List.of(
                    "shop_id",
                    "name",
                    "industry",
                    "shop_type",
                    "opened_on",
                    "remote_logistics_service",
                    "freight_insurance_enabled"),
            Set.of("shop_id"),
            Map.of()),
    ORDERS(
            "orders.csv",
            true,
            List.of(
                    "order_id",
                    "paid_at",
                    "amount_paid",
                    "is_gift",
                    "is_lucky_bag",
                    "is_instant_refund",
                    "is_abnormal",
                    "is_presale",
                    "promised_ship_by",
                    "is_virtual",
                    "ship_from_province",
                    "ship_to_province",
                    "picked_up_at",
                    "delivery_due_at",
                    "signed_at",
                    "trace_compensation",
                    "fraudulent_shipping",
                    "next_day_delivery",
                    "freight_insurance",
                    "bulky_freight_insurance",
                    "home_installation",
                    "buyer_id",
                    "buyer_nickname",
                    "product_name",
                    "sku",
                    "quantity",
                    "courier",
                    "waybill_no"),
            Set.of("order_id"),
            Map.of(
                    "主订单编号", "order_id",
                    "支付完成时间", "paid_at",
                    "订单应付金额", "amount_paid",
                    "省", "ship_to_province",
                    "选购商品", "product_name",
                    "商品数量", "quantity")),
    AFTER_SALES(
            "after_sales.csv",
            false,
            List.of(
                    "after_sale_id",
                    "order_id",
                    "type",
                    "applied_at",
                    "first_reason_category",
                    "reason_text",
                    "agreed_at",
                    "return_signed_at",
                    "confirmed_at",
                    "refunded_at",
                    "closed_at",
                    "status",
                    "platform_initiated",
                    "arbitration",
                    "merchant_responsible",
                    "logistics_liability",
                    "negotiation_seconds",
                    "refund_amount"),
            Set.of("after_sale_id", "order_id", "type", "applied_at"),
            Map.of()),
    REVIEWS(
            "reviews.csv",
            false,
            List.of(
                    "review_id",
                    "order_id",
                    "created_at",
                    "product_rating",
                    "logistics_rating",
                    "service_rating",
                    "text",
                    "has_images",
                    "appeal_status"),
            Set.of("review_id", "order_id", "created_at"),
            Map.of()),
    IM_SESSIONS(
            "im_sessions.csv",
            false,
            List.of("session_id", "order_id", "buyer_id", "started_at", "human", "rating"),
            Set.of("session_id", "started_at"),
            Map.of()),
    IM_ROUNDS(
            "im_rounds.csv",
            false,
            List.of("session_id", "buyer_message_at", "human_reply_at"),
            Set.of("session_id", "buyer_message_at"),
            Map.of()),
    ESCALATIONS(
            "escalations.csv",
            false,
            List.of("escalation_id", "order_id", "escalated_at", "kind"),
            Set.of("escalation_id", "order_id", "escalated_at", "kind"),
            Map.of()),
    VIOLATIONS(
            "violations.csv",
            false,
            List.of("violation_id", "occurred_at", "kind"),
            Set.of("violation_id", "occurred_at", "kind"),
            Map.of()),
    LOGISTICS_EVENTS(
            "logistics_events.csv",
            false,
            List.of("order_id", "occurred_at", "node", "anomaly", "description"),
            Set.of("order_id", "occurred_at", "node"),
            Map.of());

    private final String fileName;
    private final boolean required;
    private final List<String> columns;
    private final Set<String> requiredColumns;
    private final Map<String, String> aliases;

    BundleFile(
            String fileName,
            boolean required,
            List<String> columns,
            Set<String> requiredColumns,
            Map<String, String> aliases) {
        this.fileName = fileName;
        this.required = required;
        this.columns = columns;
        this.requiredColumns = requiredColumns;
        this.aliases = aliases;
    }

    /** {@code orders.csv}. */
    public String fileName() {
        return fileName;
    }

    /** A bundle cannot do without this file ({@code shop.csv}, {@code orders.csv}). */
    public boolean required() {
        return required;
    }

    /** The canonical columns the reader knows, in the order of the contract. */
    public List<String> columns() {
        return columns;
    }

    /** Columns without which no row of the file can be read. */
    public Set<String> requiredColumns() {
        return requiredColumns;
    }

    /** Other headers accepted for canonical columns (the 抖店 export's Chinese headers). */
    public Map<String, String> aliases() {
        return aliases;
    }
}
