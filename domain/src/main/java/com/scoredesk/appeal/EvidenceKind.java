package com.scoredesk.appeal;

/** What a piece of evidence is. */
public enum EvidenceKind {
    /** An anomaly node on the parcel's trace: {@code code} is the anomaly, {@code at} its time. */
    LOGISTICS_ANOMALY(AppealReason.LOGISTICS_ANOMALY),
    /** The platform compensated the buyer for an abnormal trace (物流轨迹异常赔付). */
    TRACE_COMPENSATION(AppealReason.LOGISTICS_ANOMALY),
    /** Delivered after the deadline ({@code at}), signed at {@code until} or not yet. */
    LATE_DELIVERY(AppealReason.LATE_DELIVERY),
    /** A force-majeure record for the destination: {@code code} the province, [{@code at}, {@code until}]. */
    FORCE_MAJEURE(AppealReason.FORCE_MAJEURE),
    /** What the buyer wrote in an after-sale request ({@code text}), at {@code at}. */
    BUYER_WORDS(AppealReason.BUYER_WORDS),
    /** The review text insults; {@code text} lists the rules' names, never the words themselves. */
    ABUSIVE_TEXT(AppealReason.ABUSIVE_REVIEW),
    /** The review text is about the courier or the parcel only, not the product; {@code text} the words found. */
    UNRELATED_TEXT(AppealReason.UNRELATED_REVIEW);

    private final AppealReason reason;

    EvidenceKind(AppealReason reason) {
        this.reason = reason;
    }

    /** The appeal reason this evidence supports. */
    public AppealReason reason() {
        return reason;
    }
}
