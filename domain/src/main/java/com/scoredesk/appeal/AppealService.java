package com.scoredesk.appeal;

import com.scoredesk.activity.ShopDataChanged;
import com.scoredesk.compliance.ComplianceService;
import com.scoredesk.scoring.model.AppealStatus;
import com.scoredesk.user.CurrentUser;
import com.scoredesk.user.UserSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lifecycle of an appeal: draft → submitted → approved or rejected. Every step names the version the user saw;
 * when someone else moved the appeal on meanwhile, the step fails with {@link AppealConflictException} (checked
 * against the version read, and again by the database when two steps race). Each step mirrors the status into the
 * review and publishes {@link ShopDataChanged}: an approved review leaves the score.
 */
@Service
@Transactional(readOnly = true)
public class AppealService {

    private final ReviewAppealRepository appeals;
    private final AppealReviewRepository reviews;
    private final AppealQueries queries;
    private final AppealableReviewService appealable;
    private final ComplianceService compliance;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate writes;

    @SuppressWarnings("java:S107")
    AppealService(
            ReviewAppealRepository appeals,
            AppealReviewRepository reviews,
            AppealQueries queries,
            AppealableReviewService appealable,
            ComplianceService compliance,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.appeals = appeals;
        this.reviews = reviews;
        this.queries = queries;
        this.appealable = appealable;
        this.compliance = compliance;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.writes = new TransactionTemplate(transactions);
    }

    /**
     * Starts the appeal of a review with the suggested draft; returns the existing appeal when there is one (also
     * when another agent started it a moment earlier).
     *
     * @throws AppealRefusedException when the review is not appealable (rating, window, already past a draft)
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public AppealSummary startDraft(long shopId, String reviewId) {
        UserSummary user = requireShop(shopId);
        var existing = appeals.findByShopIdAndReviewId(shopId, reviewId);
        if (existing.isPresent()) {
            return summary(existing.get());
        }
        appealable.requireAppealable(shopId, reviewId);
        AppealableReview review = appealable
                .review(shopId, reviewId)
                .orElseThrow(() -> new IllegalArgumentException("no review " + reviewId + " in shop " + shopId));
        AppealDraft draft = appealable.draftFor(shopId, review, review.suggestedReason());
        try {
            return Objects.requireNonNull(writes.execute(status -> {
                Instant now = clock.instant();
                ReviewAppeal appeal = appeals.saveAndFlush(new ReviewAppeal(
                        shopId,
                        reviewId,
                        review.orderId(),
                        draft.reason(),
                        draft.text(),
                        draft.attachments(),
                        user.id(),
                        now));
                mirror(appeal);
                return summary(appeal);
            }));
        } catch (DataIntegrityViolationException raced) {
            return appeals.findByShopIdAndReviewId(shopId, reviewId)
                    .map(this::summary)
                    .orElseThrow(() -> raced);
        }
    }

    /**
     * Saves the agent's edit of a draft. The text may exceed the platform's limit while being edited; submitting
     * checks it.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public AppealSummary saveDraft(
            long shopId, long appealId, long version, AppealReason reason, String text, List<String> attachments) {
        if (AppealWriter.length(text) > 2000 || attachments.size() > 20) {
            throw new AppealRefusedException(AppealRefusedException.Problem.TEXT_TOO_LONG, text.length(), 2000);
        }
        return step(
                shopId,
                appealId,
                version,
                (appeal, user) -> appeal.edit(reason, text, attachments, user.id(), clock.instant()));
    }

    /**
     * Submits the appeal to the platform: within the limits, inside the window, and past the compliance check.
     *
     * @throws AppealRefusedException when the text or images exceed the limits, or the window has closed
     * @throws com.scoredesk.compliance.ComplianceBlockedException when a blocking rule hits the text
     * @throws com.scoredesk.compliance.ComplianceWarningException when warnings hit and were not confirmed
     * @throws AppealConflictException when someone else changed or submitted it since {@code version}
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public AppealSummary submit(long shopId, long appealId, long version, boolean warningsConfirmed) {
        return step(shopId, appealId, version, (appeal, user) -> {
            AppealLimits limits = appealable.limits();
            int length = AppealWriter.length(appeal.getText());
            if (appeal.getText().isBlank()) {
                throw new AppealRefusedException(AppealRefusedException.Problem.EMPTY_TEXT, 0, 1);
            }
            if (length > limits.maxCharacters()) {
                throw new AppealRefusedException(
                        AppealRefusedException.Problem.TEXT_TOO_LONG, length, limits.maxCharacters());
            }
            if (appeal.getAttachments().size() > limits.maxImages()) {
                throw new AppealRefusedException(
                        AppealRefusedException.Problem.TOO_MANY_IMAGES,
                        appeal.getAttachments().size(),
                        limits.maxImages());
            }
            AppealableReview review = appealable
                    .review(shopId, appeal.getReviewId())
                    .orElseThrow(() -> new IllegalStateException("review " + appeal.getReviewId() + " is gone"));
            Instant now = clock.instant();
            if (!review.isOpen(now)) {
                throw new AppealRefusedException(AppealRefusedException.Problem.WINDOW_CLOSED, 0, limits.windowDays());
            }
            compliance.requireSendable(appeal.getText(), warningsConfirmed);
            appeal.submit(user.id(), now, today(now));
        });
    }

    /** Records the platform's decision on a submitted appeal; an approval takes the review out of the score. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public AppealSummary recordDecision(
            long shopId, long appealId, long version, boolean approved, @Nullable String note) {
        return step(shopId, appealId, version, (appeal, user) -> {
            Instant now = clock.instant();
            appeal.decide(approved, note, user.id(), now, today(now));
        });
    }

    /** One appeal of the shop. */
    public AppealSummary appeal(long shopId, long appealId) {
        requireShop(shopId);
        return summary(find(shopId, appealId));
    }

    /** A page of the shop's appeals, latest change first; {@code status} {@code null} lists every appeal. */
    public List<AppealSummary> appeals(long shopId, @Nullable AppealStatus status, int offset, int limit) {
        requireShop(shopId);
        List<ReviewAppeal> page = queries.appeals(shopId, stored(status), offset, limit);
        Map<Long, String> names = queries.userNames(userIds(page));
        return page.stream().map(a -> summary(a, names)).toList();
    }

    public long countAppeals(long shopId, @Nullable AppealStatus status) {
        requireShop(shopId);
        return queries.countAppeals(shopId, stored(status));
    }

    private AppealSummary step(long shopId, long appealId, long version, BiConsumer<ReviewAppeal, UserSummary> change) {
        UserSummary user = requireShop(shopId);
        try {
            return Objects.requireNonNull(writes.execute(status -> {
                ReviewAppeal appeal = find(shopId, appealId);
                if (appeal.getVersion() != version) {
                    throw new AppealConflictException(summary(appeal));
                }
                change.accept(appeal, user);
                ReviewAppeal saved = appeals.saveAndFlush(appeal);
                mirror(saved);
                return summary(saved);
            }));
        } catch (ConcurrencyFailureException raced) {
            throw new AppealConflictException(
                    appeals.findById(appealId).map(this::summary).orElseThrow(() -> raced));
        }
    }

    /** The review shows the appeal's status, which is what the score reads; then everyone is told. */
    private void mirror(ReviewAppeal appeal) {
        reviews.findByShopIdAndReviewId(appeal.getShopId(), appeal.getReviewId())
                .ifPresent(review -> {
                    review.changeAppeal(appeal.getStatus());
                    reviews.saveAndFlush(review);
                });
        events.publishEvent(new ShopDataChanged(appeal.getShopId()));
    }

    private ReviewAppeal find(long shopId, long appealId) {
        return appeals.findById(appealId)
                .filter(a -> a.getShopId() == shopId)
                .orElseThrow(() -> new IllegalArgumentException("no appeal " + appealId + " in shop " + shopId));
    }

    private UserSummary requireShop(long shopId) {
        UserSummary user = currentUser.require();
        currentUser.requireShop(shopId);
        return user;
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, EvidenceFinder.SHANGHAI);
    }

    private static ReviewAppeal.@Nullable Status stored(@Nullable AppealStatus status) {
        return status == null || status == AppealStatus.NONE ? null : ReviewAppeal.Status.valueOf(status.name());
    }

    private AppealSummary summary(ReviewAppeal appeal) {
        return summary(appeal, queries.userNames(userIds(List.of(appeal))));
    }

    private static Set<Long> userIds(List<ReviewAppeal> page) {
        Set<Long> ids = new HashSet<>();
        for (ReviewAppeal a : page) {
            ids.add(a.getCreatedBy());
            ids.add(a.getUpdatedBy());
            if (a.getSubmittedBy() != null) {
                ids.add(a.getSubmittedBy());
            }
            if (a.getDecidedBy() != null) {
                ids.add(a.getDecidedBy());
            }
        }
        return ids;
    }

    private static AppealSummary summary(ReviewAppeal a, Map<Long, String> names) {
        return new AppealSummary(
                Objects.requireNonNull(a.getId()),
                a.getVersion(),
                a.getReviewId(),
                a.getOrderId(),
                a.getStatus(),
                a.getReason(),
                a.getText(),
                a.getAttachments(),
                name(names, a.getCreatedBy()),
                a.getCreatedAt(),
                name(names, a.getUpdatedBy()),
                a.getUpdatedAt(),
                a.getSubmittedBy() == null ? null : name(names, a.getSubmittedBy()),
                a.getSubmittedAt(),
                a.getDecidedBy() == null ? null : name(names, a.getDecidedBy()),
                a.getDecidedAt(),
                a.getDecisionNote());
    }

    private static String name(Map<Long, String> names, long userId) {
        return names.getOrDefault(userId, "#" + userId);
    }
}
