package com.scoredesk.workbench;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A work item as a worklist row shows it.
 *
 * @param version the optimistic-lock version the viewer saw; actions send it back
 * @param buyer the buyer's nickname (or id when no nickname is known)
 * @param summary what the item is about: the product, the buyer's reason, the review text
 * @param tag a code the view translates: the after-sale type, the star rating, the trace anomaly
 * @param amount the money at stake (refund or order amount), yuan
 * @param evidence codes of the appeal evidence found ({@code transit_timeout}, {@code late_delivery} …)
 * @param openedAt when the work began: the buyer's message, the application, the review, the payment, the pickup
 * @param deadline when it is due (chat: 3 minutes; after-sale: the platform's automatic decision …)
 * @param costStopsAt when waiting stops costing points (a chat round's reply time is capped at 600 s), else
 *     {@code null}
 * @param impact score points that acting now is worth (P(T+1) with the action outcome − with the default outcome)
 */
public record WorkItemRow(
        long id,
        long version,
        long shopId,
        String shopName,
        WorkItemKind kind,
        @Nullable String orderId,
        @Nullable String buyer,
        @Nullable String summary,
        @Nullable String tag,
        @Nullable BigDecimal amount,
        List<String> evidence,
        Instant openedAt,
        Instant deadline,
        @Nullable Instant costStopsAt,
        BigDecimal impact,
        WorkItemState state,
        @Nullable Long claimedById,
        @Nullable String claimedByName,
        @Nullable Instant urgedAt,
        @Nullable Instant appealStartedAt,
        @Nullable Instant doneAt,
        @Nullable String doneByName,
        @Nullable WorkItemOutcome outcome,
        @Nullable String note) {

    public WorkItemRow {
        Objects.requireNonNull(kind, "kind");
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(state, "state");
    }

    /** The reference an action needs: this item as the viewer saw it. */
    public ItemRef ref() {
        return new ItemRef(id, version);
    }

    public boolean isHeldBy(long userId) {
        return claimedById != null && claimedById == userId && state == WorkItemState.CLAIMED;
    }
}
