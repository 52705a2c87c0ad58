package com.scoredesk.activity;

import com.scoredesk.scoring.model.EscalationKind;
import com.scoredesk.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The buyer went to the platform about an order: 平台介入, platform customer service, or a complaint. */
@Entity
@Table(name = "escalations")
public class Escalation extends AbstractEntity {

    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;

    @Column(name = "escalation_id", nullable = false, updatable = false, length = 64)
    private String escalationId;

    @Column(name = "order_id", nullable = false, length = 64)
    private String orderId;

    @Column(name = "escalated_at", nullable = false)
    private Instant escalatedAt;

    @Column(nullable = false, length = 20)
    private EscalationKind kind;

    protected Escalation() {}

    public Escalation(long shopId, EscalationRow row) {
        this.shopId = shopId;
        this.escalationId = row.escalationId();
        this.orderId = row.orderId();
        this.kind = row.kind();
        update(row);
    }

    /** Takes every column of {@code row}, which must describe this escalation. */
    public void update(EscalationRow row) {
        if (!row.escalationId().equals(escalationId)) {
            throw new IllegalArgumentException(
                    "row of escalation " + row.escalationId() + " given to escalation " + escalationId);
        }
        orderId = row.orderId();
        escalatedAt = row.escalatedAt();
        kind = row.kind();
    }

    public EscalationRow toRow() {
        return new EscalationRow(escalationId, orderId, escalatedAt, kind);
    }

    public long getShopId() {
        return shopId;
    }
}
