package com.scoredesk.ui.dashboard;

import static com.scoredesk.ui.dashboard.Formats.plain;
import static com.scoredesk.ui.dashboard.Formats.t;

import com.scoredesk.calibration.CalibrationDay;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.function.Consumer;

/** The entered days, newest first, read page by page. */
class CalibrationGrid extends Grid<CalibrationDay> {

    private Consumer<CalibrationDay> onRemove = day -> {};

    CalibrationGrid() {
        setId("calibration-grid");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setPageSize(50);
        addColumn(day -> day.day().toString()).setHeader(t("dashboard.calibration.day"));
        addColumn(day -> plain(day.platformTotal(), 2))
                .setHeader(t("dashboard.calibration.platformTotal"))
                .setTextAlign(ColumnTextAlign.END);
        addColumn(day -> plain(day.platformShown(), 1))
                .setHeader(t("dashboard.calibration.platformShown"))
                .setTextAlign(ColumnTextAlign.END);
        addColumn(day -> plain(day.scoreDeskTotal(), 2))
                .setHeader(t("dashboard.calibration.scoreDesk"))
                .setTextAlign(ColumnTextAlign.END);
        addColumn(day -> day.drift() == null ? Formats.NONE : Formats.signed(day.drift(), 2))
                .setHeader(t("dashboard.calibration.drift"))
                .setTextAlign(ColumnTextAlign.END);
        addColumn(day -> day.note() == null ? "" : day.note()).setHeader(t("dashboard.assumptions.note"));
        addComponentColumn(day -> {
                    Button remove = new Button(t("dashboard.calibration.remove"), click -> onRemove.accept(day));
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                    return remove;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    void onRemove(Consumer<CalibrationDay> listener) {
        this.onRemove = listener;
    }
}
