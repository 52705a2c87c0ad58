package com.scoredesk.activity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of {@code orders.csv}: the canonical columns the score reads, plus what the worklists display. An empty
 * cell is {@code null} (times, amount, provinces) or {@code false} (flags).
 */
public record OrderRow(
        String orderId,
        @Nullable Instant paidAt,
        @Nullable BigDecimal amountPaid,
        boolean gift,
        boolean luckyBag,
        boolean instantRefund,
        boolean abnormal,
        boolean presale,
        @Nullable Instant promisedShipBy,
        boolean virtual,
        @Nullable String shipFromProvince,
        @Nullable String shipToProvince,
        @Nullable Instant pickedUpAt,
        @Nullable Instant deliveryDueAt,
        @Nullable Instant signedAt,
        boolean traceCompensation,
        boolean fraudulentShipping,
        boolean nextDayDelivery,
        boolean freightInsurance,
        boolean bulkyFreightInsurance,
        boolean homeInstallation,
        OrderDisplay display) {

    public OrderRow {
        orderId = ActivityText.requireId(orderId, "orderId");
        Objects.requireNonNull(display, "display");
        if (amountPaid != null && amountPaid.signum() < 0) {
            throw new IllegalArgumentException("negative amount paid on order " + orderId);
        }
    }
}
