package com.scoredesk.template;

import com.scoredesk.scoring.model.AfterSaleType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * How values appear in text sent to buyers and to the platform: Chinese, Shanghai time. This is content, not UI, so
 * it does not follow the agent's UI language.
 */
public final class TemplateWording {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(SHANGHAI);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(SHANGHAI);

    private TemplateWording() {}

    /** {@code 11月3日 14:05}. */
    public static @Nullable String dateTime(@Nullable Instant at) {
        return at == null ? null : DATE_TIME.format(at);
    }

    /** {@code 2026年11月3日}. */
    public static @Nullable String date(@Nullable Instant at) {
        return at == null ? null : DATE.format(at);
    }

    /** {@code 59.90元}. */
    public static @Nullable String yuan(@Nullable BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + "元";
    }

    public static String afterSaleType(AfterSaleType type) {
        return switch (type) {
            case REFUND_UNSHIPPED -> "未发货仅退款";
            case REFUND_SHIPPED -> "已发货仅退款";
            case RETURN_REFUND -> "退货退款";
            case EXCHANGE -> "换货";
        };
    }
}
