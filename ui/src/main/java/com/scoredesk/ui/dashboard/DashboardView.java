package com.scoredesk.ui.dashboard;

import com.scoredesk.kpi.IndicatorLine;
import com.scoredesk.kpi.IndicatorRowsService;
import com.scoredesk.kpi.IndicatorTrend;
import com.scoredesk.kpi.ShopDashboard;
import com.scoredesk.kpi.ShopDashboardService;
import com.scoredesk.score.ShopScoreUpdated;
import com.scoredesk.shop.ShopSummary;
import com.scoredesk.ui.component.ShopHeader;
import com.scoredesk.ui.layout.MainLayout;
import com.scoredesk.ui.layout.SelectedShop;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * 数据看板: where the shop's score is, why it moved since yesterday, what tomorrow brings, which indicator is closest
 * to its next tier, and the rows behind each indicator.
 */
@Route(value = "dashboard", layout = MainLayout.class)
@Menu(order = 4, icon = "vaadin:chart", title = "nav.dashboard")
@RolesAllowed({"SUPERVISOR", "ADMIN"})
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    static final List<Integer> HISTORY_DAYS = List.of(30, 90);

    private final ShopDashboardService dashboards;
    private final IndicatorRowsService rows;
    private final DashboardEvents events;
    private final Div historyChart = new Div();
    private final Div trendChart = new Div();

    public DashboardView(
            SelectedShop selectedShop,
            ShopDashboardService dashboards,
            IndicatorRowsService rows,
            DashboardEvents events) {
        this.dashboards = dashboards;
        this.rows = rows;
        this.events = events;
        setWidthFull();
        historyChart.setWidthFull();
        trendChart.setWidthFull();
        selectedShop.get().ifPresentOrElse(this::show, () -> add(new Paragraph(getTranslation("shop.none"))));
    }

    private void show(ShopSummary shop) {
        add(new ShopHeader("nav.dashboard", shop), new DashboardNav(DashboardView.class));
        ShopDashboard dashboard = dashboards.dashboard(shop.id());
        OutlookPanel outlook = new OutlookPanel(dashboard.card(), dashboard.moves(), dashboard.forecast());
        events.listen(
                this,
                event -> event instanceof ShopScoreUpdated updated && updated.shopId() == shop.id(),
                event -> outlook.showLive(((ShopScoreUpdated) event).score()));
        FlexLayout top = new FlexLayout(new ScoreCardPanel(dashboard.card(), getLocale()), outlook);
        top.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        top.getStyle().set("gap", "var(--lumo-space-m)");
        top.setWidthFull();

        RadioButtonGroup<Integer> range = new RadioButtonGroup<>();
        range.setId("history-range");
        range.setItems(HISTORY_DAYS);
        range.setItemLabelGenerator(days -> getTranslation("dashboard.chart.days", days));
        range.addValueChangeListener(event -> showHistory(dashboard, event.getValue()));
        range.setValue(HISTORY_DAYS.getFirst());

        List<IndicatorTrend> trends = dashboards.trends(shop.id(), HISTORY_DAYS.getLast());
        IndicatorGrid indicators = new IndicatorGrid(
                dashboard.indicators(), dashboard.card(), line -> new IndicatorRowsDialog(rows, shop.id(), line)
                        .open());
        indicators.addSelectionListener(line -> showTrend(line, trends));
        add(top, new H3(getTranslation("dashboard.chart.title")), range, historyChart);
        add(new H3(getTranslation("dashboard.grid.title")), indicators);
        add(new H3(getTranslation("dashboard.trend.title")), trendChart);
        if (trends.isEmpty()) {
            trendChart.add(new Paragraph(getTranslation("dashboard.trend.noHistory")));
        } else {
            dashboard.indicators().stream()
                    .filter(line -> line.lostPoints() != null)
                    .max((a, b) -> a.lostPoints().compareTo(b.lostPoints()))
                    .or(() -> dashboard.indicators().stream().findFirst())
                    .ifPresent(indicators::select);
            add(IndicatorTrendChart.scores(trends));
        }
    }

    private void showHistory(ShopDashboard dashboard, Integer days) {
        historyChart.removeAll();
        var points = dashboards.history(dashboard.shopId(), days);
        if (points.isEmpty()) {
            historyChart.add(new Paragraph(getTranslation("dashboard.chart.noHistory")));
        }
        historyChart.add(ScoreHistoryChart.of(dashboard.card(), points, dashboard.forecast(), days));
    }

    private void showTrend(IndicatorLine line, List<IndicatorTrend> trends) {
        trendChart.removeAll();
        trendChart.add(IndicatorTrendChart.value(
                line,
                trends.stream()
                        .filter(trend -> trend.indicator().equals(line.id()))
                        .findFirst()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard") + " · ScoreDesk";
    }
}
