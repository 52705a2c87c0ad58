package com.scoredesk.activity;

import com.scoredesk.scoring.model.AfterSaleStatus;
import com.scoredesk.scoring.model.AfterSaleType;
import com.scoredesk.scoring.model.ReasonCategory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One row of {@code after_sales.csv}, with the refund amount and other export columns kept for display. */
public record AfterSaleRow(
        String afterSaleId,
        String orderId,
        AfterSaleType type,
        Instant appliedAt,
        @Nullable ReasonCategory firstReasonCategory,
        @Nullable String reasonText,
        @Nullable Instant agreedAt,
        @Nullable Instant returnSignedAt,
        @Nullable Instant confirmedAt,
        @Nullable Instant refundedAt,
        @Nullable Instant closedAt,
        @Nullable AfterSaleStatus status,
        boolean platformInitiated,
        boolean arbitration,
        boolean merchantResponsible,
        boolean logisticsLiability,
        @Nullable Long negotiationSeconds,
        @Nullable BigDecimal refundAmount,
        Map<String, String> extraColumns) {

    public AfterSaleRow {
        afterSaleId = ActivityText.requireId(afterSaleId, "afterSaleId");
        orderId = ActivityText.requireId(orderId, "orderId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(appliedAt, "appliedAt");
        extraColumns = Map.copyOf(extraColumns);
    }
}
