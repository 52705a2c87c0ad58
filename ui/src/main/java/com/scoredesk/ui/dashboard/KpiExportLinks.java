package com.scoredesk.ui.dashboard;

import com.scoredesk.kpi.AgentKpi;
import com.scoredesk.kpi.KpiSort;
import com.scoredesk.kpi.TableExport;
import com.scoredesk.kpi.TeamKpiService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Downloads of the team KPIs of the picked days, as CSV and as .xlsx, with formula-looking text made harmless. */
class KpiExportLinks extends Composite<HorizontalLayout> {

    KpiExportLinks(TeamKpiService kpis, Supplier<LocalDate[]> range) {
        Anchor csv = link(kpis, range, "csv", "text/csv;charset=UTF-8");
        csv.setId("kpi-export-csv");
        Anchor xlsx = link(kpis, range, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        xlsx.setId("kpi-export-xlsx");
        getContent().add(csv, xlsx);
    }

    private Anchor link(TeamKpiService kpis, Supplier<LocalDate[]> range, String format, String contentType) {
        DownloadHandler download = event -> {
            LocalDate[] days = range.get();
            TableExport table = table(kpis, days);
            event.setFileName("team-kpi-" + days[0] + "-" + days[1] + "." + format);
            event.setContentType(contentType);
            event.getOutputStream().write("csv".equals(format) ? table.csv() : table.xlsx());
        };
        return new Anchor(download, getTranslation("dashboard.team.export." + format));
    }

    /** Every agent's KPIs over {@code days}, one row each, with the page's column titles. */
    TableExport table(TeamKpiService kpis, LocalDate[] days) {
        List<String> headers = List.of(
                getTranslation("dashboard.team.agent"),
                getTranslation("dashboard.team.username"),
                getTranslation("dashboard.team.handled"),
                getTranslation("dashboard.team.firstReplies"),
                getTranslation("dashboard.team.median"),
                getTranslation("dashboard.team.slow", kpis.dueSeconds() / 60),
                getTranslation("dashboard.team.afterSalesHandled"),
                getTranslation("dashboard.team.beforeDeadline"),
                getTranslation("dashboard.team.appealsFiled"),
                getTranslation("dashboard.team.appealsApproved"),
                getTranslation("dashboard.team.gained"));
        List<List<@Nullable Object>> rows = new ArrayList<>();
        int count = (int) Math.min(Integer.MAX_VALUE, kpis.countAgents());
        for (AgentKpi kpi : kpis.agents(days[0], days[1], KpiSort.NAME, 0, Math.max(count, 1))) {
            rows.add(java.util.Arrays.asList(
                    kpi.displayName(),
                    kpi.username(),
                    kpi.handled(),
                    kpi.firstReplies(),
                    kpi.medianReplySeconds(),
                    kpi.slowReplies(),
                    kpi.afterSalesHandled(),
                    kpi.beforeDeadline(),
                    kpi.appealsFiled(),
                    kpi.appealsApproved(),
                    kpi.pointsGained().setScale(2, RoundingMode.HALF_UP)));
        }
        return new TableExport(headers, rows);
    }
}
