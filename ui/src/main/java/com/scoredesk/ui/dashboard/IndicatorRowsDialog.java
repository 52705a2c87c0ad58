package com.scoredesk.ui.dashboard;

import static com.scoredesk.ui.dashboard.Formats.t;

import com.scoredesk.kpi.IndicatorLine;
import com.scoredesk.kpi.IndicatorRow;
import com.scoredesk.kpi.IndicatorRows;
import com.scoredesk.kpi.IndicatorRowsService;
import com.scoredesk.ui.workbench.OrderLink;
import com.scoredesk.ui.workbench.WorkbenchView;
import com.scoredesk.workbench.WorkItemKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The rows behind one indicator of today's score, read page by page from the database as the grid scrolls: the bad
 * items of a rate, the misses of a good-items rate, or every item of an average, worst first.
 */
class IndicatorRowsDialog extends Dialog {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    IndicatorRowsDialog(IndicatorRowsService service, long shopId, IndicatorLine line) {
        setId("indicator-rows-dialog");
        setWidth("min(64rem, 95vw)");
        setHeight("80vh");
        setResizable(true);
        setHeaderTitle(t("dashboard.rows.title", t("dashboard.indicator." + line.id())));
        getFooter().add(new Button(t("dashboard.rows.close"), click -> close()));
        Optional<IndicatorRows> rows = service.describe(shopId, line.id());
        if (rows.isEmpty()) {
            add(new Paragraph(t("dashboard.rows.none")));
            return;
        }
        IndicatorRows what = rows.get();
        add(new Paragraph(t("dashboard.rows.what." + what.what(), t("dashboard.source." + what.source()))));
        add(grid(service, shopId, what));
        // following a row's link leaves the dashboard: the dialog goes with it
        addAttachListener(attach -> {
            Registration navigated = attach.getUI().addAfterNavigationListener(navigation -> close());
            addDetachListener(detach -> {
                navigated.remove();
                detach.unregisterListener();
            });
        });
    }

    private static Grid<IndicatorRow> grid(IndicatorRowsService service, long shopId, IndicatorRows what) {
        Grid<IndicatorRow> grid = new Grid<>();
        grid.setId("indicator-rows");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(50);
        grid.setSizeFull();
        grid.addColumn(row -> TIME.format(row.at()))
                .setHeader(t("dashboard.rows.at"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.orderId() == null ? Formats.NONE : row.orderId())
                .setHeader(t("dashboard.rows.order"))
                .setAutoWidth(true);
        if (!"order".equals(what.source()) && !"waybill".equals(what.source())) {
            grid.addColumn(IndicatorRow::rowId)
                    .setHeader(t("dashboard.source." + what.source()))
                    .setAutoWidth(true);
        }
        if (what.unit() != null) {
            grid.addColumn(row -> Formats.value(row.measure(), what.unit()))
                    .setHeader(t("dashboard.rows.measure"))
                    .setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true);
        }
        grid.addColumn(row -> row.detail() == null ? "" : row.detail())
                .setHeader(t("dashboard.rows.detail"))
                .setFlexGrow(1);
        grid.addComponentColumn(row -> row.orderId() == null ? new Span() : workbenchLink(shopId, row))
                .setKey("workbench")
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(DataProvider.fromCallbacks(
                query -> service.page(shopId, what.indicator(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, service.count(shopId, what.indicator()))));
        return grid;
    }

    /** A real link (it opens in a new tab too) to the order in the workbench: its work item, or the order to read. */
    private static RouterLink workbenchLink(long shopId, IndicatorRow row) {
        RouterLink link = new RouterLink(t("dashboard.rows.open"), WorkbenchView.class);
        link.setQueryParameters(
                new OrderLink(shopId, Objects.requireNonNull(row.orderId()), worklist(row.source())).parameters());
        link.addClassName("indicator-row-open");
        return link;
    }

    /** The worklist whose item a row of this kind is about, if the order has one there. */
    private static @Nullable WorkItemKind worklist(String source) {
        return switch (source) {
            case "review" -> WorkItemKind.REVIEW;
            case "after_sale" -> WorkItemKind.AFTER_SALE;
            case "session", "round" -> WorkItemKind.CHAT;
            case "waybill" -> WorkItemKind.LOGISTICS;
            default -> null;
        };
    }
}
