package com.scoredesk.activity;

import com.scoredesk.scoring.model.AppealStatus;
import com.scoredesk.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A buyer's review of an order (评价). Agents appeal bad ones, hence the version. */
@Entity
@Table(name = "reviews")
public class Review extends AbstractEntity {

    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;

    @Column(name = "review_id", nullable = false, updatable = false, length = 64)
    private String reviewId;

    @Column(name = "order_id", nullable = false, length = 64)
    private String orderId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "product_rating")
    private @Nullable Integer productRating;

    @Column(name = "logistics_rating")
    private @Nullable Integer logisticsRating;

    @Column(name = "service_rating")
    private @Nullable Integer serviceRating;

    @Column(name = "review_text", length = 4000)
    private @Nullable String text;

    @Column(name = "has_images", nullable = false)
    private boolean hasImages;

    @Column(name = "appeal_status", nullable = false, length = 20)
    private AppealStatus appealStatus = AppealStatus.NONE;

    protected Review() {}

    public Review(long shopId, ReviewRow row) {
        this.shopId = shopId;
        this.reviewId = row.reviewId();
        this.orderId = row.orderId();
        update(row);
    }

    /** Takes every column of {@code row}, which must describe this review. */
    public void update(ReviewRow row) {
        if (!row.reviewId().equals(reviewId)) {
            throw new IllegalArgumentException("row of review " + row.reviewId() + " given to review " + reviewId);
        }
        orderId = row.orderId();
        createdAt = row.createdAt();
        productRating = row.productRating();
        logisticsRating = row.logisticsRating();
        serviceRating = row.serviceRating();
        text = row.text();
        hasImages = row.hasImages();
        appealStatus = row.appealStatus();
    }

    /** The appeal against this review moved on (drafted, submitted, decided). */
    public void changeAppeal(AppealStatus newStatus) {
        appealStatus = Objects.requireNonNull(newStatus, "newStatus");
    }

    public ReviewRow toRow() {
        return new ReviewRow(
                reviewId,
                orderId,
                createdAt,
                productRating,
                logisticsRating,
                serviceRating,
                text,
                hasImages,
                appealStatus);
    }

    public long getShopId() {
        return shopId;
    }

    public String getReviewId() {
        return reviewId;
    }

    public AppealStatus getAppealStatus() {
        return appealStatus;
    }
}
