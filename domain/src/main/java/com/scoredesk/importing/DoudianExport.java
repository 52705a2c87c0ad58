package com.scoredesk.importing;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The 抖店 back office's after-sale export, which scoring's bundle reader does not know (it knows the order
 * export): its Chinese headers, its Chinese type and status names, and the reason category derived from the reason
 * text when the export has no category column (section 3: 物流品质 = 发货超时, 错发/漏发, 缺货, 物流轨迹超时/异常,
 * 虚假宣传物流信息; 商品/包装破损; 七天无理由, 不想要, 拍错; 商品品质).
 */
final class DoudianExport {

    static final Map<String, String> AFTER_SALE_HEADERS = Map.ofEntries(
            Map.entry("售后单号", "after_sale_id"),
            Map.entry("售后编号", "after_sale_id"),
            Map.entry("主订单编号", "order_id"),
            Map.entry("订单编号", "order_id"),
            Map.entry("订单号", "order_id"),
            Map.entry("售后类型", "type"),
            Map.entry("申请时间", "applied_at"),
            Map.entry("售后申请时间", "applied_at"),
            Map.entry("售后原因", "reason_text"),
            Map.entry("申请原因", "reason_text"),
            Map.entry("售后状态", "status"),
            Map.entry("退款金额", "refund_amount"),
            Map.entry("退款时间", "refunded_at"));

    private static final Map<String, String> TYPES = Map.of(
            "未发货仅退款", "refund_unshipped",
            "仅退款（未发货）", "refund_unshipped",
            "已发货仅退款", "refund_shipped",
            "仅退款（已发货）", "refund_shipped",
            "退货退款", "return_refund",
            "换货", "exchange");

    private static final Map<String, String> STATUSES = Map.ofEntries(
            Map.entry("待商家处理", "pending"),
            Map.entry("待处理", "pending"),
            Map.entry("已同意", "agreed"),
            Map.entry("同意退款", "agreed"),
            Map.entry("退款成功", "refunded"),
            Map.entry("已退款", "refunded"),
            Map.entry("已拒绝", "rejected"),
            Map.entry("商家拒绝", "rejected"),
            Map.entry("售后关闭", "closed"),
            Map.entry("已关闭", "closed"),
            Map.entry("已撤销", "closed"));

    /** Reason words by category, first match wins: logistics before quality (发货超时 is not 品质). */
    private static final Map<String, String> REASON_WORDS = new LinkedHashMap<>();

    static {
        for (String word : new String[] {"发货超时", "错发", "漏发", "缺货", "物流", "轨迹", "虚假宣传"}) {
            REASON_WORDS.put(word, "logistics_quality");
        }
        for (String word : new String[] {"破损", "损坏"}) {
            REASON_WORDS.put(word, "damage");
        }
        for (String word : new String[] {"七天无理由", "7天无理由", "不想要", "拍错", "多拍"}) {
            REASON_WORDS.put(word, "no_reason");
        }
        for (String word : new String[] {"品质", "质量"}) {
            REASON_WORDS.put(word, "quality");
        }
    }

    private DoudianExport() {}

    /** The canonical value of a cell of an after-sale export, Chinese names translated. */
    static String afterSaleValue(String column, String cell) {
        String v = cell.strip();
        return switch (column) {
            case "type" -> TYPES.getOrDefault(v, cell);
            case "status" -> STATUSES.getOrDefault(v, cell);
            default -> cell;
        };
    }

    /** The category of a reason text, {@code null} when no word of it is known (scored as {@code other}). */
    static @Nullable String reasonCategory(String reasonText) {
        for (Map.Entry<String, String> word : REASON_WORDS.entrySet()) {
            if (reasonText.contains(word.getKey())) {
                return word.getValue();
            }
        }
        return null;
    }
}
