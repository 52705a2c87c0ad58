package com.scoredesk.template;

import com.scoredesk.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The care message sent to the buyer of a signed order. An order gets at most one. */
@Entity
@Table(name = "sign_off_care")
public class SignOffCare extends AbstractEntity {

    static final int MAX_MESSAGE = 1000;

    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;

    @Column(name = "order_id", nullable = false, updatable = false, length = 64)
    private String orderId;

    @Column(name = "template_id", updatable = false)
    private @Nullable Long templateId;

    @Column(nullable = false, updatable = false, length = MAX_MESSAGE)
    private String message;

    @Column(name = "sent_by", nullable = false, updatable = false)
    private long sentBy;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected SignOffCare() {}

    SignOffCare(long shopId, String orderId, @Nullable Long templateId, String message, long sentBy, Instant sentAt) {
        if (message == null || message.isBlank() || message.length() > MAX_MESSAGE) {
            throw new IllegalArgumentException("a care message needs 1-" + MAX_MESSAGE + " characters");
        }
        this.shopId = shopId;
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.templateId = templateId;
        this.message = message.strip();
        this.sentBy = sentBy;
        this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
    }

    public String getOrderId() {
        return orderId;
    }

    public String getMessage() {
        return message;
    }

    public long getSentBy() {
        return sentBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
