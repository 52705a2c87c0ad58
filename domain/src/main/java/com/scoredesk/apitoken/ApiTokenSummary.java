package com.scoredesk.apitoken;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An API token as administrators see it: never the token, only its first characters. */
public record ApiTokenSummary(
        long id,
        long shopId,
        String name,
        String prefix,
        String createdBy,
        Instant createdAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
