package com.scoredesk.appeal;

import com.scoredesk.appeal.AppealQueries.AnomalyNode;
import com.scoredesk.appeal.AppealQueries.BuyerStatement;
import com.scoredesk.appeal.AppealQueries.ReviewFacts;
import com.scoredesk.scoring.model.Province;
import com.scoredesk.scoring.rules.DeliveryRoutes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Finds the evidence for appealing one review from what the database holds about its order. A pure function of its
 * inputs: the service reads the rows, this decides what they prove.
 *
 * <p>The delivery deadline follows spec section 5.2 exactly as the score does: {@code delivery_due_at} when given,
 * else 23:59:59 (Asia/Shanghai) of the day N natural days after the pickup day, N from the rule set's route table.
 * The scoring module keeps its own copy of this rule package-private, so it is written again here from the same
 * table.
 */
final class EvidenceFinder {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final AppealProperties properties;

    EvidenceFinder(AppealProperties properties) {
        this.properties = properties;
    }

    List<AppealEvidence> find(
            ReviewFacts review,
            List<AnomalyNode> anomalies,
            List<BuyerStatement> statements,
            List<ForceMajeure> events,
            List<String> insultRules,
            DeliveryRoutes routes,
            Instant now) {
        List<AppealEvidence> found = new ArrayList<>();
        forceMajeure(review, events, now, found);
        for (AnomalyNode node : anomalies) {
            found.add(new AppealEvidence(
                    EvidenceKind.LOGISTICS_ANOMALY,
                    node.occurredAt(),
                    null,
                    node.anomaly().code(),
                    node.description(),
                    node.node().code()));
        }
        if (review.traceCompensation()) {
            found.add(new AppealEvidence(EvidenceKind.TRACE_COMPENSATION, null, null, null, null, null));
        }
        lateDelivery(review, routes, now, found);
        if (!insultRules.isEmpty()) {
            found.add(new AppealEvidence(
                    EvidenceKind.ABUSIVE_TEXT, review.createdAt(), null, null, String.join("、", insultRules), null));
        }
        unrelated(review, insultRules, found);
        for (BuyerStatement statement : statements) {
            found.add(new AppealEvidence(
                    EvidenceKind.BUYER_WORDS,
                    statement.appliedAt(),
                    null,
                    statement.category().code(),
                    statement.text(),
                    null));
        }
        found.sort(Comparator.comparing((AppealEvidence e) -> e.kind().reason())
                .thenComparing(AppealEvidence::kind)
                .thenComparing(AppealEvidence::at, Comparator.nullsLast(Comparator.naturalOrder())));
        return List.copyOf(found);
    }

    /** The reason the evidence supports best: the first evidence's, else {@link AppealReason#OTHER}. */
    static AppealReason suggestedReason(List<AppealEvidence> evidence) {
        return evidence.stream()
                .map(e -> e.kind().reason())
                .min(Comparator.naturalOrder())
                .orElse(AppealReason.OTHER);
    }

    /** The waybill's delivery deadline, or {@code null} when the parcel was never picked up (no waybill). */
    static @Nullable Instant deliveryDeadline(ReviewFacts review, DeliveryRoutes routes) {
        if (review.pickedUpAt() == null) {
            return null;
        }
        if (review.deliveryDueAt() != null) {
            return review.deliveryDueAt();
        }
        int days = routes.days(province(review.shipFromProvince()), province(review.shipToProvince()));
        LocalDate pickupDay = LocalDate.ofInstant(review.pickedUpAt(), SHANGHAI);
        return pickupDay.plusDays(days).atTime(23, 59, 59).atZone(SHANGHAI).toInstant();
    }

    private static void lateDelivery(ReviewFacts review, DeliveryRoutes routes, Instant now, List<AppealEvidence> out) {
        Instant deadline = deliveryDeadline(review, routes);
        if (deadline == null) {
            return;
        }
        Instant signed = review.signedAt();
        boolean late = signed != null ? signed.isAfter(deadline) : now.isAfter(deadline);
        if (late) {
            out.add(new AppealEvidence(EvidenceKind.LATE_DELIVERY, deadline, signed, null, null, null));
        }
    }

    private static void forceMajeure(
            ReviewFacts review, List<ForceMajeure> events, Instant now, List<AppealEvidence> out) {
        Instant from = review.pickedUpAt() != null ? review.pickedUpAt() : review.paidAt();
        if (from == null) {
            return;
        }
        Instant to = review.signedAt() != null ? review.signedAt() : now;
        LocalDate firstDay = LocalDate.ofInstant(from, SHANGHAI);
        LocalDate lastDay = LocalDate.ofInstant(to, SHANGHAI);
        Set<String> provinces = java.util.stream.Stream.of(review.shipToProvince(), review.shipFromProvince())
                .map(EvidenceFinder::province)
                .filter(Objects::nonNull)
                .map(Province::shortName)
                .collect(Collectors.toSet());
        for (ForceMajeure event : events) {
            boolean overlaps =
                    !event.getStartsOn().isAfter(lastDay) && !event.getEndsOn().isBefore(firstDay);
            if (overlaps && provinces.contains(event.getProvince())) {
                out.add(new AppealEvidence(
                        EvidenceKind.FORCE_MAJEURE,
                        event.getStartsOn().atStartOfDay(SHANGHAI).toInstant(),
                        event.getEndsOn().atTime(23, 59, 59).atZone(SHANGHAI).toInstant(),
                        event.getProvince(),
                        event.getDescription(),
                        event.getProof().name()));
            }
        }
    }

    private void unrelated(ReviewFacts review, List<String> insultRules, List<AppealEvidence> out) {
        String text = review.text();
        if (text == null || text.isBlank() || !insultRules.isEmpty()) {
            return;
        }
        List<String> parcelWords =
                properties.logisticsWords().stream().filter(text::contains).toList();
        boolean aboutProduct = properties.productWords().stream().anyMatch(text::contains)
                || (review.productName() != null && text.contains(review.productName()));
        if (!parcelWords.isEmpty() && !aboutProduct) {
            out.add(new AppealEvidence(
                    EvidenceKind.UNRELATED_TEXT, review.createdAt(), null, null, String.join("、", parcelWords), null));
        }
    }

    private static @Nullable Province province(@Nullable String name) {
        return name == null ? null : Province.parse(name).orElse(null);
    }
}
