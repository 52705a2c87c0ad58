package com.scoredesk.scoring.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One after-sale request ({@code after_sales.csv}). Timestamps are epoch milliseconds, {@link Timestamps#NONE}
 * when empty.
 *
 * @param order the index of its order in {@link ShopData#orders()}
 * @param firstReasonCategory the category of the buyer's first reason
 * @param agreedAt the merchant or the system agreed (to refund, or to the return)
 * @param confirmedAt 售后确认
 * @param status the status as exported, {@code null} when unknown (never used by the score)
 * @param arbitration the platform arbitrated the case
 * @param merchantResponsible the arbitration found the merchant responsible
 * @param logisticsLiability the case produced a 判责 or 赔付 for a logistics cause
 * @param negotiationSeconds seconds of negotiation, -1 when unknown (display only)
 * @param refundAmountFen the refund in fen, -1 when unknown (display only)
 */
public record AfterSale(
        String afterSaleId,
        int order,
        AfterSaleType type,
        long appliedAt,
        ReasonCategory firstReasonCategory,
        String reasonText,
        long agreedAt,
        long returnSignedAt,
        long confirmedAt,
        long refundedAt,
        long closedAt,
        @Nullable AfterSaleStatus status,
        boolean platformInitiated,
        boolean arbitration,
        boolean merchantResponsible,
        boolean logisticsLiability,
        long negotiationSeconds,
        long refundAmountFen) {

    public AfterSale {
        Objects.requireNonNull(afterSaleId, "afterSaleId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(firstReasonCategory, "firstReasonCategory");
        Objects.requireNonNull(reasonText, "reasonText");
        if (order < 0) {
            throw new IllegalArgumentException("after-sale " + afterSaleId + " has no order");
        }
    }

    /** A copy agreed and refunded as given ({@link Timestamps#NONE} leaves a time empty). */
    public AfterSale withOutcome(long agreed, long refunded) {
        return new AfterSale(
                afterSaleId,
                order,
                type,
                appliedAt,
                firstReasonCategory,
                reasonText,
                agreed,
                returnSignedAt,
                confirmedAt,
                refunded,
                closedAt,
                status,
                platformInitiated,
                arbitration,
                merchantResponsible,
                logisticsLiability,
                negotiationSeconds,
                refundAmountFen);
    }
}
