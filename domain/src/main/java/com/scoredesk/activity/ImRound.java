package com.scoredesk.activity;

import com.scoredesk.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A round of a chat: the buyer's first message after the last human reply, and the first valid human reply. Its
 * natural key is the session and the buyer's message time. Agents answer it, hence the version.
 */
@Entity
@Table(name = "im_rounds")
public class ImRound extends AbstractEntity {

    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_ref", nullable = false, updatable = false)
    private ImSession session;

    @Column(name = "buyer_message_at", nullable = false, updatable = false)
    private Instant buyerMessageAt;

    @Column(name = "human_reply_at")
    private @Nullable Instant humanReplyAt;

    protected ImRound() {}

    public ImRound(ImSession session, Instant buyerMessageAt, @Nullable Instant humanReplyAt) {
        this.session = Objects.requireNonNull(session, "session");
        this.shopId = session.getShopId();
        this.buyerMessageAt = Objects.requireNonNull(buyerMessageAt, "buyerMessageAt");
        this.humanReplyAt = humanReplyAt;
    }

    /**
     * A human replied at {@code at}. Only the first valid reply counts, so a later one does not move the time; an
     * earlier one (a late import of the true first reply) does.
     */
    public void answer(Instant at) {
        Objects.requireNonNull(at, "at");
        if (at.isBefore(buyerMessageAt)) {
            throw new IllegalArgumentException("a reply cannot come before the buyer's message");
        }
        if (humanReplyAt == null || at.isBefore(humanReplyAt)) {
            humanReplyAt = at;
        }
    }

    public ImRoundRow toRow() {
        return new ImRoundRow(session.getSessionId(), buyerMessageAt, humanReplyAt);
    }

    public long getShopId() {
        return shopId;
    }

    public Instant getBuyerMessageAt() {
        return buyerMessageAt;
    }

    public @Nullable Instant getHumanReplyAt() {
        return humanReplyAt;
    }
}
