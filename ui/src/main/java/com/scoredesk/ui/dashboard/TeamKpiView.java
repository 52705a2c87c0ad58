package com.scoredesk.ui.dashboard;

import static com.scoredesk.ui.dashboard.Formats.plain;

import com.scoredesk.kpi.AgentKpi;
import com.scoredesk.kpi.KpiSort;
import com.scoredesk.kpi.OnlineAgent;
import com.scoredesk.kpi.PresenceChanged;
import com.scoredesk.kpi.QueueDepth;
import com.scoredesk.kpi.TeamKpiService;
import com.scoredesk.ui.layout.MainLayout;
import com.scoredesk.workbench.WorklistChanged;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;

/**
 * 团队 KPI: per agent over a date range (items handled, first replies and their median, replies later than 3 minutes,
 * after-sales decided before the platform, appeals, score points gained), the worklists' depth and who is online, updated
 * live.
 */
@Route(value = "dashboard/team", layout = MainLayout.class)
@RolesAllowed({"SUPERVISOR", "ADMIN"})
public class TeamKpiView extends VerticalLayout implements HasDynamicTitle {

    private final TeamKpiService kpis;
    private final Select<KpiRange> preset = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<KpiSort> sort = new Select<>();
    private final Grid<AgentKpi> agents = new Grid<>();
    private final Grid<QueueDepth> queues = new Grid<>();
    private final Grid<OnlineAgent> online = new Grid<>();
    /** Set while a preset fills both pickers, so that their changes neither reload the grid nor mark a custom range. */
    private boolean applyingPreset;

    public TeamKpiView(TeamKpiService kpis, DashboardEvents events) {
        this.kpis = kpis;
        setWidthFull();
        preset.setId("kpi-range");
        preset.setLabel(getTranslation("dashboard.team.range"));
        preset.setItems(KpiRange.values());
        preset.setItemLabelGenerator(value -> getTranslation("dashboard.team.range." + value.name()));
        from.setId("kpi-from");
        from.setLabel(getTranslation("dashboard.team.from"));
        to.setId("kpi-to");
        to.setLabel(getTranslation("dashboard.team.to"));
        // the last seven days answer "who was slow lately" on any weekday (this week is one day long on a Monday)
        preset.setValue(KpiRange.LAST_7_DAYS);
        fill(KpiRange.LAST_7_DAYS);
        sort.setId("kpi-sort");
        sort.setLabel(getTranslation("dashboard.agency.sort"));
        sort.setItems(KpiSort.values());
        sort.setItemLabelGenerator(value -> getTranslation("dashboard.team.sort." + value.name()));
        sort.setValue(KpiSort.SLOW_REPLIES);
        preset.addValueChangeListener(event -> {
            if (event.getValue() != null && event.getValue() != KpiRange.CUSTOM) {
                fill(event.getValue());
                agents.getDataProvider().refreshAll();
            }
        });
        from.addValueChangeListener(event -> pickedByHand());
        to.addValueChangeListener(event -> pickedByHand());
        sort.addValueChangeListener(event -> agents.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(preset, from, to, sort, new KpiExportLinks(kpis, this::range));
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        TeamGrids.agents(agents, kpis.dueSeconds());
        agents.setItems(DataProvider.fromCallbacks(
                query ->
                        kpis
                                .agents(range()[0], range()[1], sort.getValue(), query.getOffset(), query.getLimit())
                                .stream(),
                query -> (int) kpis.countAgents()));
        TeamGrids.queues(queues);
        TeamGrids.online(online);
        refreshNow();
        add(
                new H2(getTranslation("dashboard.nav.team")),
                new DashboardNav(TeamKpiView.class),
                filters,
                agents,
                new Paragraph(getTranslation("dashboard.team.gainedNote")),
                new H3(getTranslation("dashboard.team.queues")),
                queues,
                new H3(getTranslation("dashboard.team.online")),
                online);
        events.listen(this, event -> event instanceof WorklistChanged || event instanceof PresenceChanged, event -> {
            agents.getDataProvider().refreshAll();
            refreshNow();
        });
    }

    /** Sets both pickers to the preset's days, as one change. */
    private void fill(KpiRange range) {
        LocalDate[] days = range.days(kpis.today());
        if (days == null) {
            return;
        }
        applyingPreset = true;
        try {
            from.setValue(days[0]);
            to.setValue(days[1]);
        } finally {
            applyingPreset = false;
        }
    }

    private void pickedByHand() {
        if (!applyingPreset) {
            preset.setValue(KpiRange.CUSTOM);
            agents.getDataProvider().refreshAll();
        }
    }

    /** The picked days, in order, never empty. */
    private LocalDate[] range() {
        LocalDate first = from.getValue() == null ? kpis.today() : from.getValue();
        LocalDate last = to.getValue() == null ? kpis.today() : to.getValue();
        return first.isAfter(last) ? new LocalDate[] {last, first} : new LocalDate[] {first, last};
    }

    private void refreshNow() {
        queues.setItems(kpis.queues());
        online.setItems(kpis.online());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.nav.team") + " · ScoreDesk";
    }

    static String seconds(AgentKpi kpi) {
        return kpi.medianReplySeconds() == null ? Formats.NONE : plain(kpi.medianReplySeconds(), 1);
    }
}
