package com.scoredesk.audit;

import com.scoredesk.user.CurrentUser;
import com.scoredesk.user.UserSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the audit log. {@link #record} joins the caller's transaction and refuses to run without one: a
 * line is written if and only if the change it describes is committed.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_STATE = 4000;

    private final AuditStore store;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(AuditStore store, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records that {@code user} did {@code action} to a record; {@code before} and {@code after} are written as JSON
     * (maps keep their order; use a {@code LinkedHashMap} or {@code Map.of} for small states).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            UserSummary user,
            @Nullable Long shopId,
            String action,
            String subjectType,
            long subjectId,
            @Nullable Map<String, ?> before,
            @Nullable Map<String, ?> after) {
        store.insert(
                Instant.now(clock),
                user.id(),
                user.username(),
                shopId,
                action,
                subjectType,
                subjectId,
                json(before),
                json(after));
    }

    /** The history of one record of shop {@code shopId}, oldest first, if the current user may see the shop. */
    public List<AuditEntry> history(long shopId, String subjectType, long subjectId) {
        currentUser.requireShop(shopId);
        return store.history(shopId, subjectType, subjectId);
    }

    /** The newest lines of shop {@code shopId}, newest first, if the current user may see the shop. */
    public List<AuditEntry> recent(long shopId, int offset, int limit) {
        currentUser.requireShop(shopId);
        return store.recent(shopId, offset, limit);
    }

    private static @Nullable String json(@Nullable Map<String, ?> state) {
        if (state == null) {
            return null;
        }
        String text = JSON.writeValueAsString(state);
        return text.length() <= MAX_STATE ? text : text.substring(0, MAX_STATE - 1) + "…";
    }
}
