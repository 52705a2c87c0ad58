package com.scoredesk.audit;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit log.
 *
 * @param userId the acting user, {@code null} for the system (a refresh, an import) or a deleted user
 * @param username who acted, kept as text so that the line survives the user
 * @param action what was done, a stable code such as {@code work_item.claim}
 * @param subjectType the kind of record acted on, such as {@code work_item}
 * @param before the state before, as JSON text, {@code null} when the record is new
 * @param after the state after, as JSON text
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        @Nullable Long userId,
        String username,
        @Nullable Long shopId,
        String action,
        String subjectType,
        long subjectId,
        @Nullable String before,
        @Nullable String after) {

    public AuditEntry {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectType, "subjectType");
    }
}
