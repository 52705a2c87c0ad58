package com.scoredesk.activity;

import com.scoredesk.scoring.model.AppealStatus;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One row of {@code reviews.csv}. Ratings are 1–5 stars or {@code null}. */
public record ReviewRow(
        String reviewId,
        String orderId,
        Instant createdAt,
        @Nullable Integer productRating,
        @Nullable Integer logisticsRating,
        @Nullable Integer serviceRating,
        @Nullable String text,
        boolean hasImages,
        AppealStatus appealStatus) {

    public ReviewRow {
        reviewId = ActivityText.requireId(reviewId, "reviewId");
        orderId = ActivityText.requireId(orderId, "orderId");
        Objects.requireNonNull(createdAt, "createdAt");
        ActivityText.requireStars(productRating, "productRating");
        ActivityText.requireStars(logisticsRating, "logisticsRating");
        ActivityText.requireStars(serviceRating, "serviceRating");
        Objects.requireNonNull(appealStatus, "appealStatus");
    }
}
