package com.scoredesk.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The audit table over JDBC: lines are only inserted and read, never updated, so no entity is needed. */
@Repository
class AuditStore {

    private static final String COLUMNS =
            "id, occurred_at, user_id, username, shop_id, action, subject_type, subject_id, before_state, after_state";

    private final JdbcTemplate jdbc;

    AuditStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @SuppressWarnings("java:S107") // one parameter per column
    void insert(
            Instant at,
            long userId,
            String username,
            @Nullable Long shopId,
            String action,
            String subjectType,
            long subjectId,
            @Nullable String before,
            @Nullable String after) {
        jdbc.update(
                """
                INSERT INTO audit_log (occurred_at, user_id, username, shop_id, action, subject_type, subject_id,
                  before_state, after_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
                userId,
                username,
                shopId,
                action,
                subjectType,
                subjectId,
                before,
                after);
    }

    List<AuditEntry> history(long shopId, String subjectType, long subjectId) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM audit_log WHERE subject_type = ? AND subject_id = ? AND shop_id = ?"
                        + " ORDER BY occurred_at, id",
                AuditStore::entry,
                subjectType,
                subjectId,
                shopId);
    }

    List<AuditEntry> recent(long shopId, int offset, int limit) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM audit_log WHERE shop_id = ? ORDER BY occurred_at DESC, id DESC"
                        + " LIMIT ? OFFSET ?",
                AuditStore::entry,
                shopId,
                limit,
                offset);
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        long userId = rs.getLong("user_id");
        Long user = rs.wasNull() ? null : userId;
        long shopId = rs.getLong("shop_id");
        Long shop = rs.wasNull() ? null : shopId;
        return new AuditEntry(
                rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                user,
                rs.getString("username"),
                shop,
                rs.getString("action"),
                rs.getString("subject_type"),
                rs.getLong("subject_id"),
                rs.getString("before_state"),
                rs.getString("after_state"));
    }
}
