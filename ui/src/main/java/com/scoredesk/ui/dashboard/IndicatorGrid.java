package com.scoredesk.ui.dashboard;

import static com.scoredesk.ui.dashboard.Formats.plain;
import static com.scoredesk.ui.dashboard.Formats.t;

import com.scoredesk.kpi.IndicatorLine;
import com.scoredesk.kpi.ScoreCard;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The indicators of today's score: value, score, weight, weighted points, numerator and population, and how far the
 * next tier is. Selecting a row shows its trend; "明细" opens the rows behind it.
 */
class IndicatorGrid extends Composite<Grid<IndicatorLine>> {

    IndicatorGrid(List<IndicatorLine> lines, ScoreCard card, Consumer<IndicatorLine> onDrillDown) {
        Grid<IndicatorLine> grid = getContent();
        grid.setId("indicator-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(line -> t("dashboard.indicator." + line.id()))
                .setHeader(t("dashboard.grid.indicator"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(line -> t("dashboard.dimension." + line.dimension())).setHeader(t("dashboard.grid.dimension"));
        grid.addColumn(line -> Formats.value(line.value(), line.kind().unit()))
                .setHeader(t("dashboard.grid.value"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(line -> plain(line.score(), 2) + (line.floored() ? " " + t("dashboard.grid.floored") : ""))
                .setHeader(t("dashboard.grid.score"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(IndicatorGrid::weight)
                .setHeader(t("dashboard.grid.weight"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(line -> plain(line.points(), 2))
                .setHeader(t("dashboard.grid.points"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(line -> plain(line.lostPoints(), 2))
                .setHeader(t("dashboard.grid.lost"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(line -> plain(line.numerator(), 2) + " / " + line.population())
                .setHeader(t("dashboard.grid.numerator"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(line -> GapWords.describe(line, card))
                .setHeader(t("dashboard.grid.gap"))
                .setFlexGrow(3);
        grid.addComponentColumn(line -> {
                    Button rows = new Button(t("dashboard.grid.rows"), click -> onDrillDown.accept(line));
                    rows.setId("drill-" + line.id());
                    rows.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    rows.setEnabled(line.population() > 0);
                    return rows;
                })
                .setHeader(t("dashboard.grid.rows"))
                .setKey("rows")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(lines);
    }

    private static String weight(IndicatorLine line) {
        String weight = Formats.weight(line.weight());
        return line.weight().compareTo(line.nominalWeight()) == 0
                ? weight
                : t("dashboard.grid.weightRenormalised", weight, Formats.weight(line.nominalWeight()));
    }

    Registration addSelectionListener(Consumer<IndicatorLine> listener) {
        return getContent().asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                listener.accept(event.getValue());
            }
        });
    }

    void select(IndicatorLine line) {
        getContent().select(line);
    }
}
