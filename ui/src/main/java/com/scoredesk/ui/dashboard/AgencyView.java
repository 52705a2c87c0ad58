package com.scoredesk.ui.dashboard;

import static com.scoredesk.ui.dashboard.Formats.plain;

import com.scoredesk.kpi.AgencyRow;
import com.scoredesk.kpi.AgencyService;
import com.scoredesk.kpi.AgencySort;
import com.scoredesk.ui.layout.MainLayout;
import com.scoredesk.ui.layout.SelectedShop;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** 多店总览: all the user's shops in one table, riskiest first; a click opens the shop's dashboard. */
@Route(value = "dashboard/shops", layout = MainLayout.class)
@RolesAllowed({"SUPERVISOR", "ADMIN"})
public class AgencyView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<AgencyRow> grid = new Grid<>();
    private final Select<AgencySort> sort = new Select<>();

    public AgencyView(AgencyService agency, SelectedShop selectedShop) {
        setSizeFull();
        sort.setId("agency-sort");
        sort.setLabel(getTranslation("dashboard.agency.sort"));
        sort.setItems(AgencySort.values());
        sort.setItemLabelGenerator(value -> getTranslation("dashboard.agency.sort." + value.name()));
        sort.setValue(AgencySort.RISK);
        sort.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        configureGrid(selectedShop);
        grid.setItems(DataProvider.fromCallbacks(
                query -> agency.page(sort.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) agency.count()));
        add(
                new H2(getTranslation("dashboard.nav.agency")),
                new DashboardNav(AgencyView.class),
                new Paragraph(getTranslation("dashboard.agency.note")),
                sort,
                grid);
    }

    private void configureGrid(SelectedShop selectedShop) {
        grid.setId("agency-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(50);
        grid.addColumn(AgencyRow::name)
                .setHeader(getTranslation("dashboard.agency.shop"))
                .setAutoWidth(true);
        grid.addColumn(AgencyRow::industry).setHeader(getTranslation("dashboard.agency.industry"));
        grid.addColumn(row -> row.asOf() == null ? Formats.NONE : row.asOf().toString())
                .setHeader(getTranslation("dashboard.agency.asOf"));
        grid.addColumn(row -> row.stage() == null ? Formats.NONE : getTranslation("dashboard.stage." + row.stage()))
                .setHeader(getTranslation("dashboard.agency.stage"));
        grid.addColumn(row -> plain(row.total(), 2))
                .setHeader(getTranslation("dashboard.agency.total"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(row -> plain(row.shown(), 1))
                .setHeader(getTranslation("dashboard.agency.shown"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(row -> row.change() == null ? Formats.NONE : Formats.signed(row.change(), 2))
                .setHeader(getTranslation("dashboard.agency.change"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(row -> row.allianceMargin() == null ? Formats.NONE : Formats.signed(row.allianceMargin(), 2))
                .setHeader(getTranslation("dashboard.agency.margin"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(row -> row.alliance() == null
                        ? Formats.NONE
                        : getTranslation(row.alliance() ? "dashboard.yes" : "dashboard.no"))
                .setHeader(getTranslation("dashboard.agency.alliance"));
        grid.addItemClickListener(click -> selectedShop.choices().stream()
                .filter(shop -> shop.id() == click.getItem().shopId())
                .findFirst()
                .ifPresent(shop -> {
                    selectedShop.select(shop);
                    UI.getCurrent().navigate(DashboardView.class);
                    UI.getCurrent().refreshCurrentRoute(true); // the layout's shop selector shows the new shop
                }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.nav.agency") + " · ScoreDesk";
    }
}
