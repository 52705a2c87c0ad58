package com.scoredesk.apitoken;

import com.scoredesk.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An API token of one shop. Only the hash of the token is kept; the token itself is shown once. */
@Entity
@Table(name = "api_token")
public class ApiToken extends AbstractEntity {

    @Column(name = "shop_id", nullable = false)
    private long shopId;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "token_prefix", nullable = false, length = 16)
    private String tokenPrefix;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    protected ApiToken() {}

    ApiToken(long shopId, String name, String tokenHash, String tokenPrefix, String createdBy, Instant createdAt) {
        this.shopId = shopId;
        this.name = Objects.requireNonNull(name, "name");
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.tokenPrefix = Objects.requireNonNull(tokenPrefix, "tokenPrefix");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    void used(Instant at) {
        this.lastUsedAt = at;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            this.revokedAt = at;
        }
    }

    boolean isActive() {
        return revokedAt == null;
    }

    long getShopId() {
        return shopId;
    }

    String getName() {
        return name;
    }

    String getTokenPrefix() {
        return tokenPrefix;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    @Nullable
    Instant getLastUsedAt() {
        return lastUsedAt;
    }

    @Nullable
    Instant getRevokedAt() {
        return revokedAt;
    }
}
