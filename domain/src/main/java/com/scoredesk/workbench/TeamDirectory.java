package com.scoredesk.workbench;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Who works which shop: names to show and the people work can be handed to. Reads the user tables only. */
@Repository
class TeamDirectory {

    private static final String WORKERS =
            """
            SELECT DISTINCT u.id, u.display_name FROM app_user u
            JOIN user_role r ON r.user_id = u.id AND r.role IN ('AGENT', 'SUPERVISOR')
            JOIN user_shop s ON s.user_id = u.id
            WHERE u.enabled = TRUE""";

    private final JdbcTemplate jdbc;

    TeamDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Nullable
    String name(@Nullable Long userId) {
        if (userId == null) {
            return null;
        }
        List<String> names = jdbc.queryForList("SELECT display_name FROM app_user WHERE id = ?", String.class, userId);
        return names.isEmpty() ? null : names.getFirst();
    }

    /** Enabled agents and supervisors assigned to any of {@code shopIds}, by name. */
    List<AgentChoice> workers(List<Long> shopIds) {
        if (shopIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                WORKERS + " AND s.shop_id IN (" + WorklistQueries.placeholders(shopIds.size())
                        + ") ORDER BY u.display_name, u.id",
                (rs, row) -> new AgentChoice(rs.getLong("id"), rs.getString("display_name")),
                shopIds.toArray());
    }

    /** Whether {@code userId} is an enabled agent or supervisor of shop {@code shopId}. */
    boolean canWork(long userId, long shopId) {
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM (" + WORKERS + " AND s.shop_id = ? AND u.id = ?) w",
                Integer.class,
                shopId,
                userId);
        return n != null && n > 0;
    }
}
