package com.scoredesk.app.demo;

import com.scoredesk.scoring.model.Timestamps;
import com.scoredesk.scoring.rules.RuleSetRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who answered the demo chats: the generated activity records only when a round got its first human reply, so the team
 * KPIs (which read {@code chat_reply}) would show nobody at work. For every round of the last {@value #DAYS} days with
 * a human reply this writes that reply, sent by one of the shop's demo agents exactly at the round's reply time, so
 * the KPI's reply seconds are the score's own. Which agent is decided by the round's id, unevenly: in a shop with two
 * demo agents, the newer one ({@code agent2}, 小陈) takes three in four of the replies later than the due time and one
 * in three of the others, so the team page has a clear answer to "who was slow this week".
 */
@Component
class DemoTeamHistory {

    static final int DAYS = 14;

    /** The demo agents, oldest first. */
    private static final List<String> AGENTS = List.of("agent", "agent2");

    private static final List<String> REPLIES = List.of(
            "亲，在的，请问有什么可以帮您？",
            "亲，已为您查询，包裹正在派送中，请耐心等待哦～",
            "亲，已为您备注加急，今天会安排发出～",
            "亲，退款申请已收到，会尽快为您处理～",
            "亲，这款有现货，拍下后 48 小时内发货哦～",
            "亲，给您带来不便实在抱歉，马上为您处理～");

    private static final Logger log = LoggerFactory.getLogger(DemoTeamHistory.class);

    private final JdbcTemplate jdbc;
    private final RuleSetRegistry ruleSets;
    private final Clock clock;

    DemoTeamHistory(JdbcTemplate jdbc, RuleSetRegistry ruleSets, Clock clock) {
        this.jdbc = jdbc;
        this.ruleSets = ruleSets;
        this.clock = clock;
    }

    /**
     * Writes the agents' replies of shop {@code shopId} unless the shop has chat replies already (an earlier start
     * wrote them, or agents have been answering in the workbench), so that no start ever adds them twice.
     *
     * @return the replies written
     */
    int fillIfEmpty(long shopId) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM chat_reply WHERE shop_id = ?", Long.class, shopId) > 0) {
            return 0;
        }
        List<Long> agents = agents(shopId);
        if (agents.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Timestamps.ZONE);
        long dueMillis = ruleSets.inForce(today).workItems().imDueSeconds() * Timestamps.SECOND;
        OffsetDateTime from = Instant.ofEpochMilli(Timestamps.startOfDay(today.minusDays(DAYS - 1L)))
                .atOffset(ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>();
        jdbc.query(
                "SELECT id, buyer_message_at, human_reply_at FROM im_rounds WHERE shop_id = ?"
                        + " AND human_reply_at >= ? AND human_reply_at <= ? ORDER BY id",
                rs -> {
                    long round = rs.getLong(1);
                    OffsetDateTime message = rs.getObject(2, OffsetDateTime.class);
                    OffsetDateTime reply = rs.getObject(3, OffsetDateTime.class);
                    boolean late = Duration.between(message, reply).toMillis() > dueMillis;
                    rows.add(new Object[] {
                        shopId, round, REPLIES.get((int) (round % REPLIES.size())), sender(agents, round, late), reply
                    });
                },
                shopId,
                from,
                now.atOffset(ZoneOffset.UTC));
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(
                    "INSERT INTO chat_reply (shop_id, round_ref, reply_text, sent_by, sent_at) VALUES (?, ?, ?, ?, ?)",
                    rows);
        }
        log.info("Demo chat replies of shop {}: {} over the last {} days", shopId, rows.size(), DAYS);
        return rows.size();
    }

    /** The shop's demo agents, oldest first. */
    private List<Long> agents(long shopId) {
        List<Long> ids = new ArrayList<>();
        for (String username : AGENTS) {
            ids.addAll(jdbc.queryForList(
                    "SELECT u.id FROM app_user u JOIN user_shop s ON s.user_id = u.id"
                            + " WHERE u.username = ? AND s.shop_id = ? AND u.enabled",
                    Long.class,
                    username,
                    shopId));
        }
        return ids;
    }

    /** The first agent alone, else the newer agent for three late replies in four and one other reply in three. */
    static long sender(List<Long> agents, long round, boolean late) {
        if (agents.size() == 1) {
            return agents.getFirst();
        }
        boolean newer = late ? round % 4 != 0 : round % 3 == 0;
        return newer ? agents.get(1) : agents.getFirst();
    }
}
