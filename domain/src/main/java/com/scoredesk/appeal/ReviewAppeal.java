package com.scoredesk.appeal;

import com.scoredesk.scoring.model.AppealStatus;
import com.scoredesk.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An appeal against a review. Moves draft → submitted → approved or rejected, and never back; each step records who
 * and when. The version makes two agents acting on the same appeal at once conflict instead of both winning.
 */
@Entity
@Table(name = "review_appeal")
public class ReviewAppeal extends AbstractEntity {

    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;

    @Column(name = "review_id", nullable = false, updatable = false, length = 64)
    private String reviewId;

    @Column(name = "order_id", nullable = false, updatable = false, length = 64)
    private String orderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status = Status.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AppealReason reason;

    @Column(name = "appeal_text", nullable = false, length = 2000)
    private String text;

    @Column(nullable = false, length = 2000)
    private String attachments = "";

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_by")
    private @Nullable Long submittedBy;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "submitted_on")
    private @Nullable LocalDate submittedOn;

    @Column(name = "decided_by")
    private @Nullable Long decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "decided_on")
    private @Nullable LocalDate decidedOn;

    @Column(name = "decision_note", length = 500)
    private @Nullable String decisionNote;

    protected ReviewAppeal() {}

    ReviewAppeal(
            long shopId,
            String reviewId,
            String orderId,
            AppealReason reason,
            String text,
            List<String> attachments,
            long by,
            Instant at) {
        this.shopId = shopId;
        this.reviewId = Objects.requireNonNull(reviewId, "reviewId");
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.createdBy = by;
        this.createdAt = at;
        edit(reason, text, attachments, by, at);
    }

    void edit(AppealReason newReason, String newText, List<String> newAttachments, long by, Instant at) {
        requireStatus(Status.DRAFT);
        this.reason = Objects.requireNonNull(newReason, "reason");
        this.text = Objects.requireNonNull(newText, "text").strip();
        this.attachments = String.join(
                "\n",
                newAttachments.stream()
                        .map(String::strip)
                        .filter(a -> !a.isEmpty())
                        .toList());
        touch(by, at);
    }

    void submit(long by, Instant at, LocalDate on) {
        requireStatus(Status.DRAFT);
        status = Status.SUBMITTED;
        submittedBy = by;
        submittedAt = at;
        submittedOn = on;
        touch(by, at);
    }

    void decide(boolean approved, @Nullable String note, long by, Instant at, LocalDate on) {
        requireStatus(Status.SUBMITTED);
        status = approved ? Status.APPROVED : Status.REJECTED;
        decidedBy = by;
        decidedAt = at;
        decidedOn = on;
        decisionNote = note == null || note.isBlank() ? null : note.strip();
        touch(by, at);
    }

    private void touch(long by, Instant at) {
        updatedBy = by;
        updatedAt = at;
    }

    private void requireStatus(Status expected) {
        if (status != expected) {
            throw new AppealStateException(status.toAppealStatus(), expected.toAppealStatus());
        }
    }

    public long getShopId() {
        return shopId;
    }

    public String getReviewId() {
        return reviewId;
    }

    public String getOrderId() {
        return orderId;
    }

    public AppealStatus getStatus() {
        return status.toAppealStatus();
    }

    public AppealReason getReason() {
        return reason;
    }

    public String getText() {
        return text;
    }

    public List<String> getAttachments() {
        return attachments.isEmpty() ? List.of() : Arrays.asList(attachments.split("\n"));
    }

    public long getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Long getSubmittedBy() {
        return submittedBy;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    public @Nullable Long getDecidedBy() {
        return decidedBy;
    }

    public @Nullable Instant getDecidedAt() {
        return decidedAt;
    }

    public @Nullable String getDecisionNote() {
        return decisionNote;
    }

    /** The stored states (an appeal row never is {@code none}). */
    enum Status {
        DRAFT,
        SUBMITTED,
        APPROVED,
        REJECTED;

        AppealStatus toAppealStatus() {
            return AppealStatus.valueOf(name());
        }
    }
}
