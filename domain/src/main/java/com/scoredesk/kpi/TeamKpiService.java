package com.scoredesk.kpi;

import com.scoredesk.scoring.model.Timestamps;
import com.scoredesk.scoring.rules.RuleSetRegistry;
import com.scoredesk.user.CurrentUser;
import com.scoredesk.user.Role;
import com.scoredesk.user.ShopScope;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's KPIs from what the workbench records: the items agents finished ({@code work_done}, kept when the items
 * are deleted) and the score points they gained (each item's impact when the agent finished it), the first reply to each chat round (who sent
 * it, how long after the buyer's message), after-sales decided before the platform's automatic decision, review
 * appeals; the worklists' depth right now; who is online and what they hold. Over the shops the viewer may see.
 */
@Service
@Transactional(readOnly = true)
public class TeamKpiService {

    private final NamedParameterJdbcTemplate jdbc;
    private final SqlDialect dialect;
    private final RuleSetRegistry ruleSets;
    private final TeamPresence presence;
    private final CurrentUser currentUser;
    private final Clock clock;

    TeamKpiService(
            DataSource dataSource,
            RuleSetRegistry ruleSets,
            TeamPresence presence,
            CurrentUser currentUser,
            Clock clock) {
        this.jdbc = new NamedParameterJdbcTemplate(new JdbcTemplate(dataSource));
        this.dialect = SqlDialect.of(dataSource);
        this.ruleSets = ruleSets;
        this.presence = presence;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The agents (and supervisors) of the viewer's shops. */
    public long countAgents() {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return jdbc.queryForObject("SELECT COUNT(*) FROM app_user u WHERE " + agents(params), params, Long.class);
    }

    /** The KPIs of agents {@code offset} … {@code offset + limit - 1} over the days [{@code from}, {@code to}]. */
    public List<AgentKpi> agents(LocalDate from, LocalDate to, KpiSort sort, int offset, int limit) {
        MapSqlParameterSource params = range(from, to)
                .addValue("offset", offset)
                .addValue("limit", limit)
                .addValue("dueMs", dueSeconds() * Timestamps.SECOND);
        String order =
                switch (sort) {
                    case SLOW_REPLIES -> "COALESCE(r.slow, 0) DESC, COALESCE(h.handled, 0) DESC, u.display_name";
                    case HANDLED -> "COALESCE(h.handled, 0) DESC, u.display_name";
                    case POINTS_GAINED -> "COALESCE(h.gained, 0) DESC, COALESCE(h.handled, 0) DESC, u.display_name";
                    case MEDIAN_REPLY ->
                        "CASE WHEN r.median_ms IS NULL THEN 1 ELSE 0 END, r.median_ms DESC, u.display_name";
                    case NAME -> "u.display_name, u.username";
                };
        String shops = shopCondition("shop_id", params);
        String firstReplies = "SELECT c.sent_by AS uid, " + dialect.millisBetween("m.buyer_message_at", "c.sent_at")
                + " AS ms FROM chat_reply c JOIN im_rounds m ON m.id = c.round_ref WHERE "
                + shopCondition("c.shop_id", params)
                + " AND c.sent_at >= :from AND c.sent_at < :to AND c.sent_by IS NOT NULL"
                + " AND NOT EXISTS (SELECT 1 FROM chat_reply e WHERE e.round_ref = c.round_ref AND (e.sent_at < c.sent_at"
                + " OR (e.sent_at = c.sent_at AND e.id < c.id)))";
        String sql = "SELECT u.id, u.username, u.display_name, COALESCE(h.handled, 0), COALESCE(r.replies, 0),"
                + " r.median_ms, COALESCE(r.slow, 0), COALESCE(a.decided, 0), COALESCE(a.in_time, 0),"
                + " COALESCE(p.filed, 0), COALESCE(p.approved, 0), COALESCE(h.gained, 0) FROM app_user u"
                + " LEFT JOIN (SELECT done_by AS uid, COUNT(*) AS handled, SUM(gained) AS gained FROM work_done WHERE "
                + shops
                + " AND done_at >= :from AND done_at < :to GROUP BY done_by) h ON h.uid = u.id"
                + " LEFT JOIN (SELECT f.uid, COUNT(*) AS replies,"
                + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY f.ms) AS median_ms,"
                + " SUM(CASE WHEN f.ms > :dueMs THEN 1 ELSE 0 END) AS slow FROM (" + firstReplies + ") f"
                + " GROUP BY f.uid) r ON r.uid = u.id"
                + " LEFT JOIN (SELECT done_by AS uid, COUNT(*) AS decided,"
                + " SUM(CASE WHEN done_at <= deadline THEN 1 ELSE 0 END) AS in_time FROM work_done WHERE " + shops
                + " AND kind = 'AFTER_SALE' AND outcome IN ('REFUND_AGREED', 'RETURN_AGREED', 'REJECTED')"
                + " AND done_at >= :from AND done_at < :to GROUP BY done_by) a ON a.uid = u.id"
                + " LEFT JOIN (SELECT submitted_by AS uid, COUNT(*) AS filed,"
                + " SUM(CASE WHEN status = 'APPROVED' THEN 1 ELSE 0 END) AS approved FROM review_appeal WHERE " + shops
                + " AND submitted_at >= :from AND submitted_at < :to GROUP BY submitted_by) p ON p.uid = u.id"
                + " WHERE " + agents(params) + " ORDER BY " + order
                + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY";
        return jdbc.query(
                sql,
                params,
                (rs, n) -> new AgentKpi(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        seconds(rs.getObject(6)),
                        rs.getLong(7),
                        rs.getLong(8),
                        rs.getLong(9),
                        rs.getLong(10),
                        rs.getLong(11),
                        rs.getBigDecimal(12)));
    }

    /** Every worklist's open items right now, in the workbench's tab order. */
    public List<QueueDepth> queues() {
        MapSqlParameterSource params =
                new MapSqlParameterSource().addValue("now", IndicatorRowQueries.time(clock.millis()));
        String shops = shopCondition("shop_id", params);
        List<QueueDepth> queues = new ArrayList<>();
        jdbc.query(
                "SELECT kind, COUNT(*), SUM(CASE WHEN claimed_by IS NULL THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN deadline < :now THEN 1 ELSE 0 END), MIN(opened_at) FROM work_item WHERE "
                        + shops + " AND NOT done GROUP BY kind",
                params,
                rs -> {
                    Instant oldest = rs.getObject(5) == null ? null : IndicatorRowQueries.instant(rs, 5);
                    queues.add(new QueueDepth(
                            rs.getString(1),
                            rs.getLong(2),
                            rs.getLong(3),
                            rs.getLong(4),
                            oldest,
                            oldest == null ? null : Duration.between(oldest, clock.instant())));
                });
        List<String> order = List.of("CHAT", "AFTER_SALE", "REVIEW", "PICKUP", "LOGISTICS");
        queues.sort((a, b) -> Integer.compare(order.indexOf(a.kind()), order.indexOf(b.kind())));
        return queues;
    }

    /** Who has ScoreDesk open now among the people of the viewer's shops, and what they hold. */
    public List<OnlineAgent> online() {
        Map<Long, Instant> online = presence.online();
        if (online.isEmpty()) {
            requireSupervisor();
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("online", online.keySet());
        String shops = shopCondition("w.shop_id", params);
        List<OnlineAgent> agents = new ArrayList<>();
        jdbc.query(
                "SELECT u.id, u.username, u.display_name, COUNT(w.id), MIN(w.deadline) FROM app_user u"
                        + " LEFT JOIN work_item w ON w.claimed_by = u.id AND NOT w.done AND " + shops
                        + " WHERE u.id IN (:online) AND " + agents(params)
                        + " GROUP BY u.id, u.username, u.display_name ORDER BY u.display_name",
                params,
                rs -> {
                    agents.add(new OnlineAgent(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            online.get(rs.getLong(1)),
                            rs.getLong(4),
                            rs.getObject(5) == null ? null : IndicatorRowQueries.instant(rs, 5)));
                });
        return agents;
    }

    /** The seconds after which a chat round counts as a late reply (the rule set's due time, 3 minutes). */
    public long dueSeconds() {
        return ruleSets.inForce(today()).workItems().imDueSeconds();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Timestamps.ZONE));
    }

    private MapSqlParameterSource range(LocalDate from, LocalDate to) {
        return new MapSqlParameterSource()
                .addValue("from", IndicatorRowQueries.time(Timestamps.startOfDay(from)))
                .addValue("to", IndicatorRowQueries.time(Timestamps.startOfDay(to.plusDays(1))));
    }

    /** Enabled agents and supervisors who work on one of the viewer's shops (all of them for an administrator). */
    private String agents(MapSqlParameterSource params) {
        ShopScope scope = requireSupervisor();
        String people = "u.enabled AND EXISTS (SELECT 1 FROM user_role ur WHERE ur.user_id = u.id"
                + " AND ur.role IN ('AGENT', 'SUPERVISOR'))";
        if (scope.all()) {
            return people;
        }
        params.addValue("scope", scope.shopIds().isEmpty() ? List.of(-1L) : scope.shopIds());
        return people + " AND EXISTS (SELECT 1 FROM user_shop us WHERE us.user_id = u.id AND us.shop_id IN (:scope))";
    }

    private String shopCondition(String column, MapSqlParameterSource params) {
        ShopScope scope = requireSupervisor();
        if (scope.all()) {
            return "1 = 1";
        }
        params.addValue("scope", scope.shopIds().isEmpty() ? List.of(-1L) : scope.shopIds());
        return column + " IN (:scope)";
    }

    private ShopScope requireSupervisor() {
        currentUser.requireRole(Role.SUPERVISOR, Role.ADMIN);
        return currentUser.shopScope();
    }

    private static @Nullable BigDecimal seconds(@Nullable Object millis) {
        return millis == null
                ? null
                : new BigDecimal(millis.toString()).divide(BigDecimal.valueOf(1000), 1, RoundingMode.HALF_UP);
    }
}
