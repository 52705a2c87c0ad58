package com.scoredesk.app.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.scoredesk.app.KaribuTestBase;
import com.scoredesk.kpi.AgentKpi;
import com.scoredesk.kpi.KpiSort;
import com.scoredesk.kpi.OnlineAgent;
import com.scoredesk.kpi.TeamKpiService;
import com.scoredesk.kpi.TeamPresence;
import com.scoredesk.shop.ShopSummary;
import com.scoredesk.ui.dashboard.TeamKpiView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The team KPIs from what the workbench records, on known rows of the fixture shop, seen by a lead of that shop only
 * (so that what other tests do in the demo shops does not count): "kpi-a" answered three rounds (60 s, 200 s, 400 s)
 * and "kpi-b" one (30 s); kpi-a decided an after-sale in time and one too late, and filed two appeals of which one
 * was approved.
 */
class TeamKpiViewTest extends KaribuTestBase {

    private ShopSummary shop;
    private LocalDate day;

    @BeforeEach
    void known_workbench_rows() {
        shop = DashboardFixture.shop(ctx);
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM chat_reply WHERE reply_text = 'KPI-TEST'", Long.class) == 0) {
            user(jdbc, "kpi-lead", "SUPERVISOR");
            user(jdbc, "kpi-a", "AGENT");
            user(jdbc, "kpi-b", "AGENT");
            insertRows(jdbc);
        }
        day = jdbc.queryForObject(
                        "SELECT MIN(c.sent_at) FROM chat_reply c WHERE c.reply_text = 'KPI-TEST'", Timestamp.class)
                .toInstant()
                .atZone(java.time.ZoneId.of("Asia/Shanghai"))
                .toLocalDate();
    }

    @Test
    void the_agent_with_the_most_late_replies_comes_first_with_exact_numbers() {
        login("kpi-lead");

        List<AgentKpi> kpis = ctx.getBean(TeamKpiService.class).agents(day, day, KpiSort.SLOW_REPLIES, 0, 50);

        AgentKpi first = kpis.getFirst();
        assertThat(first.username()).isEqualTo("kpi-a");
        assertThat(first.firstReplies()).isEqualTo(3);
        assertThat(first.slowReplies()).isEqualTo(2);
        assertThat(first.medianReplySeconds()).isEqualByComparingTo("200");
        assertThat(first.afterSalesHandled()).isEqualTo(2);
        assertThat(first.beforeDeadline()).isEqualTo(1);
        assertThat(first.appealsFiled()).isEqualTo(2);
        assertThat(first.appealsApproved()).isEqualTo(1);
        assertThat(first.handled()).isEqualTo(2);
        AgentKpi other = kpis.stream()
                .filter(k -> k.username().equals("kpi-b"))
                .findFirst()
                .orElseThrow();
        assertThat(other.medianReplySeconds()).isEqualByComparingTo("30");
        assertThat(other.slowReplies()).isZero();
    }

    @Test
    void a_supervisor_reads_the_team_page_and_can_export_it() {
        login("kpi-lead");
        UI.getCurrent().navigate(TeamKpiView.class);
        _get(DatePicker.class, spec -> spec.withId("kpi-from")).setValue(day);
        _get(DatePicker.class, spec -> spec.withId("kpi-to")).setValue(day);

        Grid<AgentKpi> agents = _get(Grid.class, spec -> spec.withId("kpi-agents"));

        assertThat(GridKt._get(agents, 0).username()).isEqualTo("kpi-a");
        assertThat(GridKt._getFormattedRow(agents, 0)).contains("3", "200", "2", "1 / 2");
        assertThat(_get(Anchor.class, spec -> spec.withId("kpi-export-csv")).getHref())
                .isNotBlank();
        assertThat(_get(Anchor.class, spec -> spec.withId("kpi-export-xlsx")).getHref())
                .isNotBlank();
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("kpi-queues"))))
                .isPositive();
    }

    @Test
    void who_is_online_shows_what_they_hold() {
        login("kpi-lead");
        long agentId = ctx.getBean(JdbcTemplate.class)
                .queryForObject("SELECT id FROM app_user WHERE username = 'kpi-a'", Long.class);
        TeamPresence presence = ctx.getBean(TeamPresence.class);
        presence.opened("test-page", agentId);
        try {
            List<OnlineAgent> online = ctx.getBean(TeamKpiService.class).online();

            assertThat(online).extracting(OnlineAgent::username).contains("kpi-a");
        } finally {
            presence.closed("test-page");
        }
        assertThat(ctx.getBean(TeamKpiService.class).online())
                .extracting(OnlineAgent::username)
                .doesNotContain("kpi-a");
    }

    @Test
    void an_agent_is_refused_the_team_page_and_its_data() {
        login("agent");

        assertThatThrownBy(() -> UI.getCurrent().navigate(TeamKpiView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> ctx.getBean(TeamKpiService.class).countAgents())
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private void insertRows(JdbcTemplate jdbc) {
        Map<String, Object> agent = jdbc.queryForMap("SELECT id FROM app_user WHERE username = 'kpi-a'");
        Map<String, Object> agent2 = jdbc.queryForMap("SELECT id FROM app_user WHERE username = 'kpi-b'");
        List<Map<String, Object>> recent = jdbc.queryForList(
                "SELECT r.id, r.buyer_message_at FROM im_rounds r WHERE r.shop_id = ?"
                        + " AND NOT EXISTS (SELECT 1 FROM chat_reply c WHERE c.round_ref = r.id)"
                        + " ORDER BY r.buyer_message_at DESC FETCH FIRST 500 ROWS ONLY",
                shop.id());
        // four rounds of one day, early enough that a 400 s reply stays on that day
        java.time.ZoneId shanghai = java.time.ZoneId.of("Asia/Shanghai");
        Map<LocalDate, List<Map<String, Object>>> byDay = new java.util.LinkedHashMap<>();
        for (Map<String, Object> round : recent) {
            var local = instant(round).atZone(shanghai);
            if (local.toLocalTime().isBefore(java.time.LocalTime.of(23, 50))) {
                byDay.computeIfAbsent(local.toLocalDate(), d -> new java.util.ArrayList<>())
                        .add(round);
            }
        }
        List<Map<String, Object>> rounds = byDay.values().stream()
                .filter(list -> list.size() >= 4)
                .findFirst()
                .orElseThrow()
                .subList(0, 4);
        Instant base = instant(rounds.getFirst());
        long[] seconds = {60, 200, 400, 30};
        for (int i = 0; i < 4; i++) {
            jdbc.update(
                    "INSERT INTO chat_reply (shop_id, round_ref, reply_text, sent_by, sent_at)"
                            + " VALUES (?, ?, 'KPI-TEST', ?, ?)",
                    shop.id(),
                    rounds.get(i).get("id"),
                    (i < 3 ? agent : agent2).get("id"),
                    Timestamp.from(instant(rounds.get(i)).plusSeconds(seconds[i])));
        }
        Instant when = base.plusSeconds(60);
        String item = "INSERT INTO work_done (shop_id, item_id, kind, deadline, done_by, done_at, outcome)"
                + " VALUES (?, ?, 'AFTER_SALE', ?, ?, ?, ?)";
        jdbc.update(
                item,
                shop.id(),
                990_000_001L,
                Timestamp.from(when.plusSeconds(3600)),
                agent.get("id"),
                Timestamp.from(when),
                "REFUND_AGREED");
        jdbc.update(
                item,
                shop.id(),
                990_000_002L,
                Timestamp.from(when.minusSeconds(60)),
                agent.get("id"),
                Timestamp.from(when),
                "REJECTED");
        String appeal = "INSERT INTO review_appeal (shop_id, review_id, order_id, status, reason, appeal_text,"
                + " created_by, created_at, updated_by, updated_at, submitted_by, submitted_at)"
                + " VALUES (?, ?, 'KPI-O', ?, 'other', 'KPI-TEST', ?, ?, ?, ?, ?, ?)";
        for (String[] a : new String[][] {{"KPI-R1", "APPROVED"}, {"KPI-R2", "SUBMITTED"}}) {
            jdbc.update(
                    appeal,
                    shop.id(),
                    a[0],
                    a[1],
                    agent.get("id"),
                    Timestamp.from(when),
                    agent.get("id"),
                    Timestamp.from(when),
                    agent.get("id"),
                    Timestamp.from(when));
        }
    }

    /** A user of the fixture shop only; Karibu's login needs no password. */
    private void user(JdbcTemplate jdbc, String username, String role) {
        jdbc.update(
                "INSERT INTO app_user (username, display_name, password_hash) VALUES (?, ?, '{noop}-')",
                username,
                username);
        long id = jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username);
        jdbc.update("INSERT INTO user_role (user_id, role) VALUES (?, ?)", id, role);
        jdbc.update("INSERT INTO user_shop (user_id, shop_id) VALUES (?, ?)", id, shop.id());
    }

    private static Instant instant(Map<String, Object> round) {
        Object at = round.get("buyer_message_at");
        return at instanceof java.time.OffsetDateTime odt ? odt.toInstant() : ((Timestamp) at).toInstant();
    }
}
