package com.scoredesk.template;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A recently signed order whose buyer has not had a care message yet. */
public record CareCandidate(
        String orderId, @Nullable String buyerNickname, @Nullable String productName, Instant signedAt) {}
