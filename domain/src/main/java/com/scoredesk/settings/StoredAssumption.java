package com.scoredesk.settings;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An assumption an administrator stored: which number, for whom, its value, and who set it when. */
public record StoredAssumption(
        long id,
        String ruleSet,
        AssumptionScope scope,
        AssumptionKind kind,
        String itemId,
        String value,
        @Nullable String note,
        String updatedBy,
        Instant updatedAt) {

    public String key() {
        return kind.name() + ":" + itemId;
    }
}
