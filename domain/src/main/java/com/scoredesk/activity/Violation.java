package com.scoredesk.activity;

import com.scoredesk.scoring.model.ViolationKind;
import com.scoredesk.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Behaviour the platform penalised (违规), which may cost points. */
@Entity
@Table(name = "violations")
public class Violation extends AbstractEntity {

    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;

    @Column(name = "violation_id", nullable = false, updatable = false, length = 64)
    private String violationId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 40)
    private ViolationKind kind;

    protected Violation() {}

    public Violation(long shopId, ViolationRow row) {
        this.shopId = shopId;
        this.violationId = row.violationId();
        this.kind = row.kind();
        update(row);
    }

    /** Takes every column of {@code row}, which must describe this violation. */
    public void update(ViolationRow row) {
        if (!row.violationId().equals(violationId)) {
            throw new IllegalArgumentException(
                    "row of violation " + row.violationId() + " given to violation " + violationId);
        }
        occurredAt = row.occurredAt();
        kind = row.kind();
    }

    public ViolationRow toRow() {
        return new ViolationRow(violationId, occurredAt, kind);
    }

    public long getShopId() {
        return shopId;
    }
}
