package com.scoredesk.workbench;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Open work found in the activity tables, before it is priced and written as a work item.
 *
 * @param sourceId the id of the activity row (im_rounds, after_sales, reviews, or orders for pickup and logistics)
 * @param ref the platform's id of what is to be priced: the session of a round, the after-sale, the review, the order
 * @param costStopsAt when waiting stops costing points (a chat round at the reply-time cap), {@code null} otherwise
 */
record Candidate(
        WorkItemKind kind,
        long sourceId,
        String ref,
        @Nullable String orderId,
        @Nullable String buyer,
        @Nullable String summary,
        @Nullable String tag,
        @Nullable BigDecimal amount,
        List<String> evidence,
        Instant openedAt,
        Instant deadline,
        @Nullable Instant costStopsAt) {

    Candidate {
        evidence = List.copyOf(evidence);
        summary = clip(summary, 300);
        buyer = clip(buyer, 120);
    }

    String key() {
        return kind.name() + ':' + sourceId;
    }

    String evidenceText() {
        return clip(String.join(",", evidence), 200);
    }

    private static @Nullable String clip(@Nullable String text, int max) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max - 1) + "…";
    }
}
