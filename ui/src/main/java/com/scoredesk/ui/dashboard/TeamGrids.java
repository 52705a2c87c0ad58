package com.scoredesk.ui.dashboard;

import static com.scoredesk.ui.dashboard.Formats.t;

import com.scoredesk.kpi.AgentKpi;
import com.scoredesk.kpi.OnlineAgent;
import com.scoredesk.kpi.QueueDepth;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** The columns of the team KPI page's grids. */
final class TeamGrids {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private TeamGrids() {}

    static void agents(Grid<AgentKpi> grid, long dueSeconds) {
        grid.setId("kpi-agents");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setPageSize(50);
        grid.addColumn(AgentKpi::displayName)
                .setHeader(t("dashboard.team.agent"))
                .setAutoWidth(true);
        number(grid, "dashboard.team.handled", kpi -> String.valueOf(kpi.handled()));
        number(grid, "dashboard.team.firstReplies", kpi -> String.valueOf(kpi.firstReplies()));
        number(grid, "dashboard.team.median", TeamKpiView::seconds);
        number(grid, "dashboard.team.slow", kpi -> String.valueOf(kpi.slowReplies()))
                .setHeader(t("dashboard.team.slow", dueSeconds / 60));
        number(grid, "dashboard.team.afterSales", kpi -> kpi.beforeDeadline() + " / " + kpi.afterSalesHandled());
        number(grid, "dashboard.team.appeals", kpi -> kpi.appealsApproved() + " / " + kpi.appealsFiled());
        number(grid, "dashboard.team.gained", kpi -> Formats.plain(kpi.pointsGained(), 2));
    }

    private static Grid.Column<AgentKpi> number(
            Grid<AgentKpi> grid, String header, com.vaadin.flow.function.ValueProvider<AgentKpi, String> value) {
        return grid.addColumn(value).setHeader(t(header)).setTextAlign(ColumnTextAlign.END);
    }

    static void queues(Grid<QueueDepth> grid) {
        grid.setId("kpi-queues");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(queue -> t("dashboard.team.kind." + queue.kind())).setHeader(t("dashboard.team.worklist"));
        grid.addColumn(QueueDepth::open).setHeader(t("dashboard.team.open")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(QueueDepth::unclaimed)
                .setHeader(t("dashboard.team.unclaimed"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(QueueDepth::overdue)
                .setHeader(t("dashboard.team.overdue"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(queue -> age(queue.oldestAge())).setHeader(t("dashboard.team.oldest"));
    }

    static void online(Grid<OnlineAgent> grid) {
        grid.setId("kpi-online");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(OnlineAgent::displayName).setHeader(t("dashboard.team.agent"));
        grid.addColumn(agent -> TIME.format(agent.since())).setHeader(t("dashboard.team.since"));
        grid.addColumn(OnlineAgent::holding)
                .setHeader(t("dashboard.team.holding"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(agent -> agent.nextDeadline() == null ? Formats.NONE : TIME.format(agent.nextDeadline()))
                .setHeader(t("dashboard.team.nextDeadline"));
    }

    /** A waiting time in minutes, hours or days. */
    static String age(@Nullable Duration age) {
        if (age == null) {
            return Formats.NONE;
        }
        if (age.toMinutes() < 60) {
            return t("dashboard.team.minutes", Math.max(0, age.toMinutes()));
        }
        if (age.toHours() < 48) {
            return t("dashboard.team.hours", age.toHours());
        }
        return t("dashboard.team.days", age.toDays());
    }
}
