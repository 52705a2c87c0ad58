package com.scoredesk.appeal;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A piece of evidence for an appeal. Which fields are set depends on {@link #kind()}:
 *
 * <ul>
 *   <li>{@code LOGISTICS_ANOMALY}: {@code at} the node's time, {@code code} the anomaly ({@code transit_timeout}),
 *       {@code detail} the node ({@code in_transit}), {@code text} the trace's description.
 *   <li>{@code TRACE_COMPENSATION}: nothing else.
 *   <li>{@code LATE_DELIVERY}: {@code at} the delivery deadline, {@code until} the signature ({@code null}: not
 *       signed yet).
 *   <li>{@code FORCE_MAJEURE}: [{@code at}, {@code until}] the period, {@code code} the province, {@code text} the
 *       event, {@code detail} the proof ({@link ForceMajeureProof} name).
 *   <li>{@code BUYER_WORDS}: {@code at} the after-sale request, {@code text} the buyer's words, {@code code} the
 *       reason category.
 *   <li>{@code ABUSIVE_TEXT}: {@code text} the names of the rules the review text breaks (never the insults).
 *   <li>{@code UNRELATED_TEXT}: {@code text} the parcel words the review uses.
 * </ul>
 */
public record AppealEvidence(
        EvidenceKind kind,
        @Nullable Instant at,
        @Nullable Instant until,
        @Nullable String code,
        @Nullable String text,
        @Nullable String detail) {

    public AppealEvidence {
        Objects.requireNonNull(kind, "kind");
    }
}
