package com.scoredesk.appeal;

import com.scoredesk.scoring.model.AppealStatus;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A bad review with what is needed to appeal it: the order, the evidence found and the reason it suggests.
 *
 * @param deadline the end of the appeal window (created + the window days); {@code null} without a creation time
 * @param appealStatus the review's appeal status ({@code none} until someone starts a draft)
 * @param appealId the appeal, once one was started
 * @param appealVersion pass it back with lifecycle steps (optimistic locking)
 * @param chatTranscripts whether ScoreDesk has the buyer's chat messages: the platform's export has chat times but
 *     not their text, so the buyer's own words come from after-sale requests only
 */
public record AppealableReview(
        String reviewId,
        String orderId,
        @Nullable Instant createdAt,
        @Nullable Instant deadline,
        int productRating,
        @Nullable String text,
        boolean hasImages,
        @Nullable String buyerNickname,
        @Nullable String productName,
        @Nullable String courier,
        @Nullable String waybillNo,
        AppealStatus appealStatus,
        @Nullable Long appealId,
        long appealVersion,
        List<AppealEvidence> evidence,
        AppealReason suggestedReason,
        boolean chatTranscripts) {

    public AppealableReview {
        evidence = List.copyOf(evidence);
    }

    public boolean isOpen(Instant now) {
        return deadline != null && now.isBefore(deadline);
    }
}
