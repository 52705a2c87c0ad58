package com.scoredesk.activity;

import com.scoredesk.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A chat with a buyer on 飞鸽 (IM); its rounds are {@link ImRound}s. */
@Entity
@Table(name = "im_sessions")
public class ImSession extends AbstractEntity {

    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;

    @Column(name = "session_id", nullable = false, updatable = false, length = 64)
    private String sessionId;

    @Column(name = "order_id", length = 64)
    private @Nullable String orderId;

    @Column(name = "buyer_id", length = 64)
    private @Nullable String buyerId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(nullable = false)
    private boolean human;

    private @Nullable Integer rating;

    protected ImSession() {}

    public ImSession(long shopId, ImSessionRow row) {
        this.shopId = shopId;
        this.sessionId = row.sessionId();
        update(row);
    }

    /** Takes every column of {@code row}, which must describe this session. */
    public void update(ImSessionRow row) {
        if (!row.sessionId().equals(sessionId)) {
            throw new IllegalArgumentException("row of session " + row.sessionId() + " given to session " + sessionId);
        }
        orderId = row.orderId();
        buyerId = row.buyerId();
        startedAt = row.startedAt();
        human = row.human();
        rating = row.rating();
    }

    public ImSessionRow toRow() {
        return new ImSessionRow(sessionId, orderId, buyerId, startedAt, human, rating);
    }

    public long getShopId() {
        return shopId;
    }

    public String getSessionId() {
        return sessionId;
    }
}
