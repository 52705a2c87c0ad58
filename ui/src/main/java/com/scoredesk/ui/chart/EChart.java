package com.scoredesk.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.Objects;

/**
 * An Apache ECharts chart. The whole chart is one {@link ChartOption}, sent to the browser as JSON; the element
 * ({@code qa-echart.js}) renders it on a canvas and resizes with its box. The JS lives in the committed frontend
 * bundle ({@code app/src/main/bundles}), so a normal build needs no npm.
 */
@Tag("qa-echart")
@NpmPackage(value = "echarts", version = "6.0.0")
@JsModule("./qa-echart.js")
public class EChart extends Component implements HasSize, HasStyle {

    private ChartOption option = ChartOption.create();

    public EChart() {
        setWidthFull();
        setHeight("300px");
        getElement().setAttribute("role", "img");
    }

    public EChart(ChartOption option) {
        this();
        setOption(option);
    }

    /** Replaces what the chart shows (nothing is merged with the previous option). */
    public void setOption(ChartOption option) {
        this.option = Objects.requireNonNull(option, "option");
        getElement().setProperty("option", option.toJson());
    }

    public ChartOption getOption() {
        return option;
    }

    /** What the chart shows, in words, for screen readers (a canvas has no text of its own). */
    public void setDescription(String description) {
        getElement().setAttribute("aria-label", description);
    }
}
