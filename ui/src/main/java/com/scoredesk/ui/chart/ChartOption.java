package com.scoredesk.ui.chart;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ECharts option of one chart, built in Java: category x axis, value y axis, line and bar series, reference lines
 * and shaded ranges. It covers what ScoreDesk draws, not all of ECharts; every text passed in is shown as text.
 * Missing values ({@code null}) leave a gap in the line.
 */
public final class ChartOption {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ObjectNode root = JSON.objectNode();
    private final ArrayNode series = JSON.arrayNode();

    private ChartOption() {
        root.put("animation", false);
        root.set(
                "grid",
                JSON.objectNode()
                        .put("left", 48)
                        .put("right", 24)
                        .put("top", 40)
                        .put("bottom", 32));
        root.set("tooltip", JSON.objectNode().put("trigger", "axis"));
        root.set("series", series);
    }

    public static ChartOption create() {
        return new ChartOption();
    }

    public ChartOption title(String text) {
        root.set(
                "title", JSON.objectNode().put("text", text).put("left", "left").set("textStyle", fontSize(14)));
        return this;
    }

    /** The x axis: one label per data point, in order. */
    public ChartOption categories(List<String> labels) {
        ArrayNode data = JSON.arrayNode();
        labels.forEach(data::add);
        root.set(
                "xAxis",
                JSON.objectNode()
                        .put("type", "category")
                        .put("boundaryGap", false)
                        .set("data", data));
        return this;
    }

    /** The y axis, with fixed ends where given (else ECharts picks them from the data). */
    public ChartOption valueAxis(@Nullable BigDecimal min, @Nullable BigDecimal max) {
        ObjectNode axis = JSON.objectNode().put("type", "value").put("scale", true);
        if (min != null) {
            axis.put("min", min);
        }
        if (max != null) {
            axis.put("max", max);
        }
        root.set("yAxis", axis);
        return this;
    }

    /** Formats the y axis labels with an ECharts template, e.g. {@code "{value}%"}. */
    public ChartOption valueAxisLabel(String template) {
        ObjectNode axis = root.has("yAxis")
                ? (ObjectNode) root.get("yAxis")
                : JSON.objectNode().put("type", "value").put("scale", true);
        axis.set("axisLabel", JSON.objectNode().put("formatter", template));
        root.set("yAxis", axis);
        return this;
    }

    public ChartOption legend() {
        root.set("legend", JSON.objectNode().put("top", 0).put("right", 0).put("type", "scroll"));
        return this;
    }

    /** A legend under the chart, for charts whose title takes the top. */
    public ChartOption legendBelow() {
        root.set(
                "legend",
                JSON.objectNode().put("bottom", 0).put("left", "center").put("type", "scroll"));
        root.set("grid", ((ObjectNode) root.get("grid")).put("bottom", 56));
        return this;
    }

    /** Lets the user zoom into a range of the x axis (mouse wheel and a slider). */
    public ChartOption zoom() {
        ArrayNode zoom = JSON.arrayNode();
        zoom.add(JSON.objectNode().put("type", "inside"));
        zoom.add(JSON.objectNode().put("type", "slider").put("height", 16).put("bottom", 4));
        root.set("dataZoom", zoom);
        root.set("grid", ((ObjectNode) root.get("grid")).put("bottom", 48));
        return this;
    }

    public Series line(String name, List<? extends @Nullable Number> data) {
        return add("line", name, data);
    }

    public Series bar(String name, List<? extends @Nullable Number> data) {
        return add("bar", name, data);
    }

    public int seriesCount() {
        return series.size();
    }

    /** The option as ECharts reads it. */
    public String toJson() {
        return root.toString();
    }

    /** A copy of the option's tree, for tests and logs. */
    public JsonNode tree() {
        return root.deepCopy();
    }

    private Series add(String type, String name, List<? extends @Nullable Number> data) {
        ObjectNode node = JSON.objectNode().put("type", type).put("name", name);
        ArrayNode values = JSON.arrayNode();
        for (Number value : data) {
            if (value == null) {
                values.add("-");
            } else if (value instanceof BigDecimal decimal) {
                values.add(decimal);
            } else if (value instanceof Integer || value instanceof Long) {
                values.add(value.longValue());
            } else {
                values.add(value.doubleValue());
            }
        }
        node.set("data", values);
        if ("line".equals(type)) {
            node.put("connectNulls", false).put("symbolSize", 5);
        }
        series.add(node);
        return new Series(node);
    }

    private static ObjectNode fontSize(int size) {
        return JSON.objectNode().put("fontSize", size);
    }

    /** One series of the chart; its methods change it in place and return it for chaining. */
    public final class Series {

        private final ObjectNode node;

        private Series(ObjectNode node) {
            this.node = node;
        }

        public Series color(String cssColor) {
            node.set("itemStyle", JSON.objectNode().put("color", cssColor));
            lineStyle().put("color", cssColor);
            return this;
        }

        public Series dashed() {
            lineStyle().put("type", "dashed");
            return this;
        }

        public Series step() {
            node.put("step", "end");
            return this;
        }

        public Series filled() {
            node.set("areaStyle", JSON.objectNode().put("opacity", 0.12));
            return this;
        }

        /** Writes each value above its point or bar. */
        public Series labelled() {
            node.set("label", JSON.objectNode().put("show", true).put("position", "top"));
            return this;
        }

        public Series stack(String group) {
            node.put("stack", group);
            return this;
        }

        /** A horizontal reference line at {@code y}, such as a tier threshold. */
        public Series markLine(BigDecimal y, String label) {
            markLineData()
                    .add(JSON.objectNode()
                            .put("yAxis", y)
                            .put("name", label)
                            .set(
                                    "label",
                                    JSON.objectNode().put("formatter", label).put("position", "insideEndTop")));
            return this;
        }

        /** A vertical reference line at one x category, such as today. */
        public Series markLineAt(String category, String label) {
            markLineData()
                    .add(JSON.objectNode()
                            .put("xAxis", category)
                            .put("name", label)
                            .set(
                                    "label",
                                    JSON.objectNode().put("formatter", label).put("position", "end")));
            return this;
        }

        /** Shades the x range {@code from}..{@code to}, such as the forecast days. */
        public Series markArea(String from, String to, String label) {
            ObjectNode area = (ObjectNode) node.get("markArea");
            if (area == null) {
                area = JSON.objectNode().put("silent", true);
                area.set("itemStyle", JSON.objectNode().put("color", "rgba(120, 120, 120, 0.08)"));
                area.set("data", JSON.arrayNode());
                node.set("markArea", area);
            }
            ArrayNode range = JSON.arrayNode();
            range.add(JSON.objectNode().put("xAxis", from).put("name", label));
            range.add(JSON.objectNode().put("xAxis", to));
            ((ArrayNode) area.get("data")).add(range);
            return this;
        }

        private ArrayNode markLineData() {
            ObjectNode markLine = (ObjectNode) node.get("markLine");
            if (markLine == null) {
                markLine = JSON.objectNode().put("silent", true).put("symbol", "none");
                markLine.set("lineStyle", JSON.objectNode().put("type", "dotted"));
                markLine.set("data", JSON.arrayNode());
                node.set("markLine", markLine);
            }
            return (ArrayNode) markLine.get("data");
        }

        private ObjectNode lineStyle() {
            ObjectNode style = (ObjectNode) node.get("lineStyle");
            if (style == null) {
                style = JSON.objectNode();
                node.set("lineStyle", style);
            }
            return style;
        }
    }
}
