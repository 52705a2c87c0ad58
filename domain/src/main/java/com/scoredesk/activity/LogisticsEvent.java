package com.scoredesk.activity;

import com.scoredesk.scoring.model.LogisticsAnomaly;
import com.scoredesk.scoring.model.LogisticsNode;
import com.scoredesk.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A node of a parcel's trace (物流轨迹). Not scored; the appeal of a bad review shows it as evidence. Its natural key
 * is the order, the time and the node.
 */
@Entity
@Table(name = "logistics_events")
public class LogisticsEvent extends AbstractEntity {

    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;

    @Column(name = "order_id", nullable = false, updatable = false, length = 64)
    private String orderId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 20)
    private LogisticsNode node;

    @Column(length = 20)
    private @Nullable LogisticsAnomaly anomaly;

    @Column(length = 500)
    private @Nullable String description;

    protected LogisticsEvent() {}

    public LogisticsEvent(long shopId, LogisticsEventRow row) {
        this.shopId = shopId;
        this.orderId = row.orderId();
        this.occurredAt = row.occurredAt();
        this.node = row.node();
        this.anomaly = row.anomaly();
        this.description = row.description();
    }

    public LogisticsEventRow toRow() {
        return new LogisticsEventRow(orderId, occurredAt, node, anomaly, description);
    }

    public long getShopId() {
        return shopId;
    }
}
