package com.scoredesk.ui.dashboard;

import com.scoredesk.calibration.CalibrationDay;
import com.scoredesk.calibration.CalibrationImport;
import com.scoredesk.calibration.CalibrationService;
import com.scoredesk.shop.ShopSummary;
import com.scoredesk.ui.component.ShopHeader;
import com.scoredesk.ui.layout.MainLayout;
import com.scoredesk.ui.layout.SelectedShop;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * 评分校准: the scores the platform showed the shop, entered per day or pasted in bulk, beside ScoreDesk's recorded
 * score of the same day, with the drift charted.
 */
@Route(value = "dashboard/calibration", layout = MainLayout.class)
@RolesAllowed({"SUPERVISOR", "ADMIN"})
public class CalibrationView extends VerticalLayout implements HasDynamicTitle {

    private final CalibrationService calibration;
    private final RadioButtonGroup<Integer> range = new RadioButtonGroup<>();
    private final CalibrationGrid grid = new CalibrationGrid();
    private final Div chart = new Div();
    private final Span summary = new Span();
    private long shopId;

    public CalibrationView(CalibrationService calibration, SelectedShop selectedShop) {
        this.calibration = calibration;
        setWidthFull();
        chart.setWidthFull();
        selectedShop.get().ifPresentOrElse(this::show, () -> add(new Paragraph(getTranslation("shop.none"))));
    }

    private void show(ShopSummary shop) {
        shopId = shop.id();
        range.setId("calibration-range");
        range.setItems(30, 90, 365);
        range.setItemLabelGenerator(days -> getTranslation("dashboard.chart.days", days));
        range.setValue(90);
        range.addValueChangeListener(event -> refresh());
        summary.setId("calibration-summary");
        grid.setItems(DataProvider.fromCallbacks(
                query -> calibration.page(shopId, from(), today(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) calibration.count(shopId, from(), today())));
        grid.onRemove(day -> {
            calibration.remove(shopId, day.day());
            refresh();
        });
        add(
                new ShopHeader("dashboard.nav.calibration", shop),
                new DashboardNav(CalibrationView.class),
                new Paragraph(getTranslation("dashboard.calibration.intro")),
                entryForm(),
                importForm(),
                new H3(getTranslation("dashboard.calibration.compare")),
                range,
                summary,
                chart,
                grid);
        refresh();
    }

    private HorizontalLayout entryForm() {
        DatePicker day = new DatePicker(getTranslation("dashboard.calibration.day"), today());
        day.setId("calibration-day");
        BigDecimalField total = new BigDecimalField(getTranslation("dashboard.calibration.platformTotal"));
        total.setId("calibration-total");
        BigDecimalField shown = new BigDecimalField(getTranslation("dashboard.calibration.platformShown"));
        shown.setId("calibration-shown");
        TextField note = new TextField(getTranslation("dashboard.assumptions.note"));
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                calibration.record(
                        shopId,
                        day.getValue(),
                        total.getValue(),
                        shown.getValue(),
                        note.getValue().isBlank() ? null : note.getValue());
                total.clear();
                shown.clear();
                note.clear();
                refresh();
            } catch (IllegalArgumentException | NullPointerException bad) {
                total.setInvalid(true);
                total.setErrorMessage(getTranslation("dashboard.calibration.invalid"));
            }
        });
        save.setId("calibration-save");
        HorizontalLayout form = new HorizontalLayout(day, total, shown, note, save);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private VerticalLayout importForm() {
        TextArea lines = new TextArea(getTranslation("dashboard.calibration.paste"));
        lines.setId("calibration-lines");
        lines.setWidthFull();
        lines.setPlaceholder("2026-11-20,82,4.6");
        Span report = new Span();
        report.setId("calibration-import-report");
        Button importButton = new Button(getTranslation("dashboard.calibration.import"), click -> {
            CalibrationImport result = calibration.importLines(shopId, lines.getValue());
            report.setText(getTranslation(
                            "dashboard.calibration.imported",
                            result.stored(),
                            result.errors().size())
                    + result.errors().stream()
                            .map(e -> getTranslation("dashboard.calibration.lineError", e.line(), e.reason()))
                            .collect(Collectors.joining("; ", " ", "")));
            refresh();
        });
        importButton.setId("calibration-import");
        VerticalLayout form = new VerticalLayout(lines, new HorizontalLayout(importButton, report));
        form.setPadding(false);
        return form;
    }

    private void refresh() {
        List<CalibrationDay> days = calibration.days(shopId, from(), today());
        grid.getDataProvider().refreshAll();
        chart.removeAll();
        summary.setText(CalibrationChart.summary(days));
        if (!days.isEmpty()) {
            chart.add(CalibrationChart.of(days));
        }
    }

    private LocalDate today() {
        return calibration.today();
    }

    private LocalDate from() {
        return today().minusDays(range.getValue() == null ? 89 : range.getValue() - 1L);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.nav.calibration") + " · ScoreDesk";
    }
}
