package com.scoredesk.ui.dashboard;

import static com.scoredesk.ui.dashboard.Formats.plain;
import static com.scoredesk.ui.dashboard.Formats.t;

import com.scoredesk.kpi.IndicatorLine;
import com.scoredesk.kpi.IndicatorTrend;
import com.scoredesk.scoring.rules.Point;
import com.scoredesk.ui.chart.ChartOption;
import com.scoredesk.ui.chart.EChart;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Per-indicator trends from the daily history: one indicator's value against its tiers, and every score. */
final class IndicatorTrendChart {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private IndicatorTrendChart() {}

    /** The value of one indicator over the recorded days, with its tier thresholds as reference lines. */
    static EChart value(IndicatorLine line, Optional<IndicatorTrend> trend) {
        boolean rate = "rate".equals(line.kind().unit());
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        trend.ifPresent(days -> days.days().forEach(day -> {
            labels.add(Formats.day(day.asOf()));
            values.add(scaled(day.value(), rate));
        }));
        // the axis spans the values and the tier lines, so that every threshold is drawn where it belongs
        List<BigDecimal> extent = new ArrayList<>();
        values.stream().filter(java.util.Objects::nonNull).forEach(extent::add);
        line.steps().forEach(step -> extent.add(scaled(step.value(), rate)));
        BigDecimal low = extent.stream().min(BigDecimal::compareTo).orElse(null);
        BigDecimal high = extent.stream().max(BigDecimal::compareTo).orElse(null);
        if (low != null && high != null) {
            BigDecimal span = high.subtract(low);
            int scale = span.compareTo(BigDecimal.TEN) > 0 ? 0 : span.compareTo(BigDecimal.ONE) > 0 ? 1 : 2;
            BigDecimal margin = span.multiply(new BigDecimal("0.05"));
            low = low.subtract(margin).max(BigDecimal.ZERO).setScale(scale, java.math.RoundingMode.FLOOR);
            high = high.add(margin).setScale(scale, java.math.RoundingMode.CEILING);
        }
        ChartOption option = ChartOption.create()
                .title(t("dashboard.trend.valueTitle", t("dashboard.indicator." + line.id())))
                .categories(labels)
                .valueAxis(low, high);
        if (rate) {
            option.valueAxisLabel("{value}%");
        }
        ChartOption.Series series =
                option.line(t("dashboard.trend.value"), values).color("#1676f3");
        for (Point step : line.steps()) {
            series.markLine(scaled(step.value(), rate), t("dashboard.trend.step", plain(step.score(), 2)));
        }
        EChart chart = new EChart(option);
        chart.setId("indicator-trend-chart");
        chart.setHeight("280px");
        chart.setDescription(t("dashboard.trend.valueTitle", t("dashboard.indicator." + line.id())));
        return chart;
    }

    /** The scores of all indicators over the recorded days, one line each (the legend switches them). */
    static EChart scores(List<IndicatorTrend> trends) {
        TreeSet<LocalDate> days = new TreeSet<>();
        trends.forEach(trend -> trend.days().forEach(day -> days.add(day.asOf())));
        List<String> labels = days.stream().map(Formats::day).toList();
        ChartOption option = ChartOption.create()
                .title(t("dashboard.trend.scoresTitle"))
                .categories(labels)
                .valueAxis(null, null)
                .legendBelow();
        for (IndicatorTrend trend : trends) {
            Map<LocalDate, BigDecimal> byDay = new HashMap<>();
            trend.days().forEach(d -> byDay.put(d.asOf(), d.score()));
            List<BigDecimal> scores = new ArrayList<>();
            days.forEach(day -> scores.add(byDay.get(day)));
            option.line(t("dashboard.indicator." + trend.indicator()), scores).step();
        }
        EChart chart = new EChart(option);
        chart.setId("indicator-scores-chart");
        chart.setHeight("300px");
        chart.setDescription(t("dashboard.trend.scoresTitle"));
        return chart;
    }

    private static @Nullable BigDecimal scaled(@Nullable BigDecimal value, boolean rate) {
        return value == null ? null : rate ? value.multiply(HUNDRED) : value;
    }
}
