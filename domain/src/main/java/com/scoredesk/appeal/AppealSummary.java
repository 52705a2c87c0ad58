package com.scoredesk.appeal;

import com.scoredesk.scoring.model.AppealStatus;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An appeal and its history: who drafted, submitted and recorded the platform's decision, and when.
 *
 * @param version pass it back with the next step (optimistic locking)
 */
public record AppealSummary(
        long id,
        long version,
        String reviewId,
        String orderId,
        AppealStatus status,
        AppealReason reason,
        String text,
        List<String> attachments,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        @Nullable String submittedBy,
        @Nullable Instant submittedAt,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String decisionNote) {

    public AppealSummary {
        attachments = List.copyOf(attachments);
    }
}
