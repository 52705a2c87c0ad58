package com.scoredesk.appeal;

import com.scoredesk.appeal.AppealQueries.ReviewFacts;
import com.scoredesk.compliance.ComplianceHit;
import com.scoredesk.compliance.ComplianceService;
import com.scoredesk.compliance.RuleKind;
import com.scoredesk.score.RuleSets;
import com.scoredesk.scoring.model.ReasonCategory;
import com.scoredesk.scoring.rules.RuleSet;
import com.scoredesk.template.TemplateCategory;
import com.scoredesk.template.TemplateService;
import com.scoredesk.template.TemplateValues;
import com.scoredesk.template.TemplateVariable;
import com.scoredesk.template.TemplateWording;
import com.scoredesk.user.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviews a shop can still appeal (1–2★ first reviews inside the appeal window, not appealed past a draft),
 * with the evidence found for each and a suggested draft. Lists are paged in the database; the evidence of a page
 * is read with one query per kind, not per row.
 */
@Service
@Transactional(readOnly = true)
public class AppealableReviewService {

    private static final Set<ReasonCategory> NOT_THE_PRODUCT =
            Set.of(ReasonCategory.NO_REASON, ReasonCategory.LOGISTICS_QUALITY);

    private final AppealQueries queries;
    private final ForceMajeureRepository forceMajeure;
    private final ComplianceService compliance;
    private final TemplateService templates;
    private final CurrentUser currentUser;
    private final RuleSets ruleSets;
    private final AppealProperties properties;
    private final EvidenceFinder finder;
    private final Clock clock;

    AppealableReviewService(
            AppealQueries queries,
            ForceMajeureRepository forceMajeure,
            ComplianceService compliance,
            TemplateService templates,
            CurrentUser currentUser,
            RuleSets ruleSets,
            AppealProperties properties,
            Clock clock) {
        this.queries = queries;
        this.forceMajeure = forceMajeure;
        this.compliance = compliance;
        this.templates = templates;
        this.currentUser = currentUser;
        this.ruleSets = ruleSets;
        this.properties = properties;
        this.finder = new EvidenceFinder(properties);
        this.clock = clock;
    }

    public AppealLimits limits() {
        return new AppealLimits(properties.maxCharacters(), properties.maxImages(), windowDays());
    }

    /** A page of the shop's appealable reviews, the nearest deadline first, each with its evidence. */
    public List<AppealableReview> find(long shopId, int offset, int limit) {
        currentUser.requireShop(shopId);
        Instant now = clock.instant();
        List<ReviewFacts> page =
                queries.appealable(shopId, properties.maxStars(), windowStart(now), now, offset, limit);
        return withEvidence(shopId, page, now);
    }

    public long count(long shopId) {
        currentUser.requireShop(shopId);
        Instant now = clock.instant();
        return queries.countAppealable(shopId, properties.maxStars(), windowStart(now), now);
    }

    /** One review of the shop with its evidence, whatever its rating, window or appeal; empty if there is none. */
    public Optional<AppealableReview> review(long shopId, String reviewId) {
        currentUser.requireShop(shopId);
        ReviewFacts facts = queries.review(shopId, reviewId);
        return facts == null
                ? Optional.empty()
                : Optional.of(
                        withEvidence(shopId, List.of(facts), clock.instant()).getFirst());
    }

    /**
     * Fails unless the review is appealable now: a 1–2★ first review inside its window, not appealed past a draft.
     *
     * @throws AppealRefusedException with {@code NOT_APPEALABLE}
     */
    void requireAppealable(long shopId, String reviewId) {
        Instant now = clock.instant();
        if (!queries.isAppealable(shopId, reviewId, properties.maxStars(), windowStart(now), now)) {
            throw new AppealRefusedException(AppealRefusedException.Problem.NOT_APPEALABLE, 0, properties.maxStars());
        }
    }

    /** The suggested appeal for a review: its suggested reason, filled from the 申诉 template for that reason. */
    public AppealDraft suggestDraft(long shopId, String reviewId) {
        AppealableReview review = review(shopId, reviewId)
                .orElseThrow(() -> new IllegalArgumentException("no review " + reviewId + " in shop " + shopId));
        return draftFor(shopId, review, review.suggestedReason());
    }

    /** An appeal for a review argued with {@code reason}: that reason's evidence first, as much as fits. */
    public AppealDraft draftFor(long shopId, AppealableReview review, AppealReason reason) {
        List<AppealEvidence> ordered = review.evidence().stream()
                .sorted(Comparator.comparing((AppealEvidence e) -> e.kind().reason() != reason))
                .toList();
        List<String> phrases = ordered.stream().map(AppealWriter::phrase).toList();
        TemplateValues values = TemplateValues.empty()
                .with(TemplateVariable.ORDER_ID, review.orderId())
                .with(TemplateVariable.PRODUCT_NAME, review.productName())
                .with(TemplateVariable.COURIER, review.courier())
                .with(TemplateVariable.WAYBILL_NO, review.waybillNo())
                .with(TemplateVariable.REVIEW_DATE, TemplateWording.date(review.createdAt()));
        var template = templates.best(shopId, TemplateCategory.APPEAL, reason.code());
        UnaryOperator<String> render = template.<UnaryOperator<String>>map(t -> evidence -> templates
                        .preview(shopId, t.body(), values.with(TemplateVariable.EVIDENCE, evidence))
                        .text())
                .orElse(evidence -> "申诉理由：" + evidence);
        String text = AppealWriter.fit(render, phrases, properties.maxCharacters());
        return new AppealDraft(
                reason,
                text,
                AppealWriter.attachments(ordered, properties.maxImages()),
                template.map(t -> t.id()).orElse(null),
                limits());
    }

    private List<AppealableReview> withEvidence(long shopId, List<ReviewFacts> page, Instant now) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<String> orderIds =
                page.stream().map(ReviewFacts::orderId).distinct().toList();
        var anomalies = queries.anomalies(shopId, orderIds);
        var statements = queries.buyerStatements(shopId, orderIds, NOT_THE_PRODUCT);
        List<ForceMajeure> events = forceMajeureAround(page, now);
        RuleSet rules = rules(now);
        int windowDays = rules.workItems().appealWindowDays();
        return page.stream()
                .map(facts -> {
                    List<AppealEvidence> evidence = finder.find(
                            facts,
                            anomalies.getOrDefault(facts.orderId(), List.of()),
                            statements.getOrDefault(facts.orderId(), List.of()),
                            events,
                            insultRules(facts.text()),
                            rules.delivery(),
                            now);
                    return toReview(facts, evidence, windowDays);
                })
                .toList();
    }

    private List<ForceMajeure> forceMajeureAround(List<ReviewFacts> page, Instant now) {
        LocalDate first = page.stream()
                .map(f -> f.pickedUpAt() != null ? f.pickedUpAt() : f.paidAt())
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .map(at -> LocalDate.ofInstant(at, EvidenceFinder.SHANGHAI))
                .orElse(null);
        if (first == null) {
            return List.of();
        }
        return forceMajeure.findByEndsOnGreaterThanEqualAndStartsOnLessThanEqual(
                first, LocalDate.ofInstant(now, EvidenceFinder.SHANGHAI));
    }

    private List<String> insultRules(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return compliance.check(text).hits().stream()
                .filter(hit -> hit.kind() == RuleKind.INSULT && hit.blocks())
                .map(ComplianceHit::name)
                .toList();
    }

    private static AppealableReview toReview(ReviewFacts f, List<AppealEvidence> evidence, int windowDays) {
        return new AppealableReview(
                f.reviewId(),
                f.orderId(),
                f.createdAt(),
                f.createdAt() == null ? null : f.createdAt().plus(Duration.ofDays(windowDays)),
                f.productRating(),
                f.text(),
                f.hasImages(),
                f.buyerNickname(),
                f.productName(),
                f.courier(),
                f.waybillNo(),
                f.reviewAppealStatus(),
                f.appealId(),
                f.appealVersion(),
                evidence,
                EvidenceFinder.suggestedReason(evidence),
                false);
    }

    int windowDays() {
        return rules(clock.instant()).workItems().appealWindowDays();
    }

    private Instant windowStart(Instant now) {
        return now.minus(Duration.ofDays(windowDays()));
    }

    private RuleSet rules(Instant now) {
        return ruleSets.registry().inForce(LocalDate.ofInstant(now, EvidenceFinder.SHANGHAI));
    }
}
