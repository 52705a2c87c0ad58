package com.scoredesk.scoring.model;

import java.util.Objects;

/**
 * A buyer's review ({@code reviews.csv}). Only the first review of an order counts.
 *
 * @param order the index of its order in {@link ShopData#orders()}
 * @param productRating 1–5 stars, 0 when the review has no product rating
 * @param logisticsRating 1–5 stars, 0 when none (display only)
 * @param serviceRating 1–5 stars, 0 when none (display only)
 */
public record Review(
        String reviewId,
        int order,
        long createdAt,
        int productRating,
        int logisticsRating,
        int serviceRating,
        String text,
        boolean hasImages,
        AppealStatus appealStatus) {

    public Review {
        Objects.requireNonNull(reviewId, "reviewId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(appealStatus, "appealStatus");
        if (order < 0) {
            throw new IllegalArgumentException("review " + reviewId + " has no order");
        }
        checkRating(productRating, "product");
        checkRating(logisticsRating, "logistics");
        checkRating(serviceRating, "service");
    }

    private static void checkRating(int rating, String what) {
        if (rating < 0 || rating > 5) {
            throw new IllegalArgumentException(what + " rating outside 1–5: " + rating);
        }
    }

    public boolean hasProductRating() {
        return productRating > 0;
    }

    public Review withAppealStatus(AppealStatus status) {
        return new Review(
                reviewId, order, createdAt, productRating, logisticsRating, serviceRating, text, hasImages, status);
    }
}
