package com.scoredesk.workbench;

import com.scoredesk.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/**
 * A piece of open work of a shop, pointing at the activity row it is about. Agents change it only through the
 * intention-revealing methods below, under the optimistic lock. Rows are created and re-ranked by {@link
 * WorkItemRefresher} over JDBC; {@code @DynamicUpdate} makes an agent's update write only the columns it changed, so it
 * never overwrites a concurrent re-ranking with a stale impact.
 */
@Entity
@Table(name = "work_item")
@DynamicUpdate
public class WorkItem extends AbstractEntity {

    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private WorkItemKind kind;

    @Column(name = "source_id", nullable = false, updatable = false)
    private long sourceId;

    @Column(name = "order_id", length = 64)
    private @Nullable String orderId;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(nullable = false)
    private Instant deadline;

    @Column(nullable = false, precision = 18, scale = 8)
    private BigDecimal impact = BigDecimal.ZERO;

    @Column(nullable = false)
    private boolean done;

    /** The impact the item had when an agent finished it; {@code null} while open or when the refresh closed it. */
    @Column(precision = 18, scale = 8)
    private @Nullable BigDecimal gained;

    @Column(name = "claimed_by")
    private @Nullable Long claimedBy;

    @Column(name = "claimed_at")
    private @Nullable Instant claimedAt;

    @Column(name = "urged_at")
    private @Nullable Instant urgedAt;

    @Column(name = "appeal_started_at")
    private @Nullable Instant appealStartedAt;

    @Column(name = "done_at")
    private @Nullable Instant doneAt;

    @Column(name = "done_by")
    private @Nullable Long doneBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private @Nullable WorkItemOutcome outcome;

    @Column(length = 500)
    private @Nullable String note;

    protected WorkItem() {
        // for JPA
        this.kind = WorkItemKind.CHAT;
        this.openedAt = Instant.EPOCH;
        this.deadline = Instant.EPOCH;
    }

    public WorkItem(long shopId, WorkItemKind kind, long sourceId, Instant openedAt, Instant deadline) {
        this.shopId = shopId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.sourceId = sourceId;
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
    }

    public long getShopId() {
        return shopId;
    }

    public WorkItemKind getKind() {
        return kind;
    }

    public long getSourceId() {
        return sourceId;
    }

    public @Nullable String getOrderId() {
        return orderId;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public BigDecimal getImpact() {
        return impact;
    }

    /** The score points the agent's action gained: the impact at the moment it finished the item. */
    public @Nullable BigDecimal getGained() {
        return gained;
    }

    public boolean isDone() {
        return done;
    }

    public @Nullable Long getClaimedBy() {
        return claimedBy;
    }

    public @Nullable Instant getUrgedAt() {
        return urgedAt;
    }

    public @Nullable Instant getAppealStartedAt() {
        return appealStartedAt;
    }

    public @Nullable Long getDoneBy() {
        return doneBy;
    }

    public @Nullable Instant getDoneAt() {
        return doneAt;
    }

    public @Nullable WorkItemOutcome getOutcome() {
        return outcome;
    }

    public WorkItemState state() {
        if (done) {
            return WorkItemState.DONE;
        }
        return claimedBy == null ? WorkItemState.NEW : WorkItemState.CLAIMED;
    }

    public boolean isHeldBy(long userId) {
        return !done && claimedBy != null && claimedBy == userId;
    }

    void claim(long userId, Instant at) {
        requireOpen();
        claimedBy = userId;
        claimedAt = at;
    }

    void release() {
        requireOpen();
        claimedBy = null;
        claimedAt = null;
    }

    void urged(Instant at) {
        requireOpen();
        urgedAt = at;
    }

    void appealStarted(Instant at) {
        requireOpen();
        appealStartedAt = at;
    }

    /** An agent's action finished the item: what acting now was worth is recorded as gained, then nothing is left. */
    void finish(long userId, Instant at, WorkItemOutcome how, @Nullable String why) {
        requireOpen();
        done = true;
        doneBy = userId;
        doneAt = at;
        outcome = how;
        note = why;
        gained = impact;
        impact = BigDecimal.ZERO;
    }

    private void requireOpen() {
        if (done) {
            throw new IllegalStateException("work item " + getId() + " is done");
        }
    }

    /** The state an audit line records before and after an action. */
    Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", kind.name());
        state.put("state", state().name());
        state.put("claimedBy", claimedBy);
        if (urgedAt != null) {
            state.put("urgedAt", urgedAt.toString());
        }
        if (appealStartedAt != null) {
            state.put("appealStartedAt", appealStartedAt.toString());
        }
        if (outcome != null) {
            state.put("outcome", outcome.name());
        }
        if (note != null) {
            state.put("note", note);
        }
        state.put("version", getVersion());
        return state;
    }
}
