package com.scoredesk.settings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code scoring_assumption} table. */
@Component
class AssumptionStore {

    private static final String COLUMNS =
            "id, rule_set, scope_kind, scope_value, item_kind, item_id, item_value, note, updated_by, updated_at";

    private final JdbcTemplate jdbc;

    AssumptionStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    List<StoredAssumption> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM scoring_assumption ORDER BY id", AssumptionStore::row);
    }

    long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM scoring_assumption", Long.class);
    }

    List<StoredAssumption> page(int offset, int limit) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM scoring_assumption ORDER BY rule_set, scope_kind, scope_value, item_kind,"
                        + " item_id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                AssumptionStore::row,
                offset,
                limit);
    }

    void save(
            String ruleSet,
            AssumptionScope scope,
            AssumptionKind kind,
            String itemId,
            String value,
            @Nullable String note,
            String user,
            Instant at) {
        int updated = jdbc.update(
                "UPDATE scoring_assumption SET item_value = ?, note = ?, updated_by = ?, updated_at = ?,"
                        + " version = version + 1 WHERE rule_set = ? AND scope_kind = ? AND scope_value = ?"
                        + " AND item_kind = ? AND item_id = ?",
                value,
                note,
                user,
                Timestamp.from(at),
                ruleSet,
                scope.kind().name(),
                scope.value(),
                kind.name(),
                itemId);
        if (updated == 0) {
            jdbc.update(
                    "INSERT INTO scoring_assumption (rule_set, scope_kind, scope_value, item_kind, item_id, item_value,"
                            + " note, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    ruleSet,
                    scope.kind().name(),
                    scope.value(),
                    kind.name(),
                    itemId,
                    value,
                    note,
                    user,
                    Timestamp.from(at));
        }
    }

    void remove(String ruleSet, AssumptionScope scope, AssumptionKind kind, String itemId) {
        jdbc.update(
                "DELETE FROM scoring_assumption WHERE rule_set = ? AND scope_kind = ? AND scope_value = ?"
                        + " AND item_kind = ? AND item_id = ?",
                ruleSet,
                scope.kind().name(),
                scope.value(),
                kind.name(),
                itemId);
    }

    private static StoredAssumption row(ResultSet rs, int n) throws SQLException {
        return new StoredAssumption(
                rs.getLong(1),
                rs.getString(2),
                new AssumptionScope(AssumptionScope.Kind.valueOf(rs.getString(3)), rs.getString(4)),
                AssumptionKind.valueOf(rs.getString(5)),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getTimestamp(10).toInstant());
    }
}
