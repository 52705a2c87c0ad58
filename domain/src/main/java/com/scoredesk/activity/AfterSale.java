package com.scoredesk.activity;

import com.scoredesk.scoring.model.AfterSaleStatus;
import com.scoredesk.scoring.model.AfterSaleType;
import com.scoredesk.scoring.model.ReasonCategory;
import com.scoredesk.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An after-sale request (售后单) of an order. Agents review it, hence the version. */
@Entity
@Table(name = "after_sales")
public class AfterSale extends AbstractEntity {

    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;

    @Column(name = "after_sale_id", nullable = false, updatable = false, length = 64)
    private String afterSaleId;

    @Column(name = "order_id", nullable = false, length = 64)
    private String orderId;

    @Column(name = "after_sale_type", nullable = false, length = 20)
    private AfterSaleType type;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    @Column(name = "first_reason_category", length = 20)
    private @Nullable ReasonCategory firstReasonCategory;

    @Column(name = "reason_text", length = 500)
    private @Nullable String reasonText;

    @Column(name = "agreed_at")
    private @Nullable Instant agreedAt;

    @Column(name = "return_signed_at")
    private @Nullable Instant returnSignedAt;

    @Column(name = "confirmed_at")
    private @Nullable Instant confirmedAt;

    @Column(name = "refunded_at")
    private @Nullable Instant refundedAt;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Column(length = 20)
    private @Nullable AfterSaleStatus status;

    @Column(name = "platform_initiated", nullable = false)
    private boolean platformInitiated;

    @Column(nullable = false)
    private boolean arbitration;

    @Column(name = "merchant_responsible", nullable = false)
    private boolean merchantResponsible;

    @Column(name = "logistics_liability", nullable = false)
    private boolean logisticsLiability;

    @Column(name = "negotiation_seconds")
    private @Nullable Long negotiationSeconds;

    @Column(name = "refund_amount", precision = 14, scale = 2)
    private @Nullable BigDecimal refundAmount;

    @Column(name = "extra_columns", length = 10000)
    private @Nullable String extraColumns;

    protected AfterSale() {}

    public AfterSale(long shopId, AfterSaleRow row) {
        this.shopId = shopId;
        this.afterSaleId = row.afterSaleId();
        this.orderId = row.orderId();
        this.type = row.type();
        update(row);
    }

    /** Takes every column of {@code row}, which must describe this after-sale. */
    public void update(AfterSaleRow row) {
        if (!row.afterSaleId().equals(afterSaleId)) {
            throw new IllegalArgumentException(
                    "row of after-sale " + row.afterSaleId() + " given to after-sale " + afterSaleId);
        }
        orderId = row.orderId();
        type = row.type();
        appliedAt = row.appliedAt();
        firstReasonCategory = row.firstReasonCategory();
        reasonText = row.reasonText();
        agreedAt = row.agreedAt();
        returnSignedAt = row.returnSignedAt();
        confirmedAt = row.confirmedAt();
        refundedAt = row.refundedAt();
        closedAt = row.closedAt();
        status = row.status();
        platformInitiated = row.platformInitiated();
        arbitration = row.arbitration();
        merchantResponsible = row.merchantResponsible();
        logisticsLiability = row.logisticsLiability();
        negotiationSeconds = row.negotiationSeconds();
        refundAmount = row.refundAmount();
        extraColumns = ExtraColumns.toJson(row.extraColumns());
    }

    /** The merchant agreed (to refund, or to the return) at {@code at}. */
    public void agree(Instant at) {
        agreedAt = Objects.requireNonNull(at, "at");
        status = AfterSaleStatus.AGREED;
    }

    public AfterSaleRow toRow() {
        return new AfterSaleRow(
                afterSaleId,
                orderId,
                type,
                appliedAt,
                firstReasonCategory,
                reasonText,
                agreedAt,
                returnSignedAt,
                confirmedAt,
                refundedAt,
                closedAt,
                status,
                platformInitiated,
                arbitration,
                merchantResponsible,
                logisticsLiability,
                negotiationSeconds,
                refundAmount,
                ExtraColumns.fromJson(extraColumns));
    }

    public long getShopId() {
        return shopId;
    }

    public String getAfterSaleId() {
        return afterSaleId;
    }

    public @Nullable AfterSaleStatus getStatus() {
        return status;
    }
}
