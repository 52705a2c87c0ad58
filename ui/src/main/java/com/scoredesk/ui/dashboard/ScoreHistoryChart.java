package com.scoredesk.ui.dashboard;

import static com.scoredesk.ui.dashboard.Formats.plain;
import static com.scoredesk.ui.dashboard.Formats.t;

import com.scoredesk.kpi.ForecastDay;
import com.scoredesk.kpi.ScoreCard;
import com.scoredesk.kpi.ScoreHistoryPoint;
import com.scoredesk.ui.chart.ChartOption;
import com.scoredesk.ui.chart.EChart;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily score of the last 30 or 90 days with the forecast P(T+1) … P(T+7) drawn on as a dashed line, the
 * 精选联盟 threshold and today marked. Days recorded under a rule set of another scale are left out.
 */
final class ScoreHistoryChart {

    private ScoreHistoryChart() {}

    static EChart of(ScoreCard card, List<ScoreHistoryPoint> points, List<ForecastDay> forecast, int days) {
        LocalDate today = card.asOf();
        LocalDate first = today.minusDays(days - 1L);
        Map<LocalDate, BigDecimal> recorded = new HashMap<>();
        for (ScoreHistoryPoint point : points) {
            if (point.total() != null
                    && point.scaleMax() != null
                    && point.scaleMax().compareTo(card.scaleMax()) == 0) {
                recorded.put(point.asOf(), point.total());
            }
        }
        if (card.total() != null) {
            recorded.putIfAbsent(today, card.total());
        }
        List<String> labels = new ArrayList<>();
        List<BigDecimal> history = new ArrayList<>();
        List<BigDecimal> projected = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            labels.add(Formats.day(day));
            history.add(recorded.get(day));
            projected.add(day.equals(today) ? recorded.get(day) : null);
        }
        for (ForecastDay day : forecast) {
            labels.add(Formats.day(day.day()));
            history.add(null);
            projected.add(day.total());
        }
        ChartOption option = ChartOption.create()
                .categories(labels)
                .valueAxis(null, card.scaleMax())
                .legend()
                .zoom();
        option.line(t("dashboard.chart.daily"), history)
                .color("#1676f3")
                .markLine(card.allianceMinTotal(), t("dashboard.chart.alliance", plain(card.allianceMinTotal(), 2)))
                .markLineAt(Formats.day(today), t("dashboard.chart.today"));
        ChartOption.Series forecastLine = option.line(t("dashboard.chart.forecast"), projected)
                .color("#e8590c")
                .dashed();
        if (!forecast.isEmpty()) {
            forecastLine.markArea(
                    Formats.day(forecast.getFirst().day()),
                    Formats.day(forecast.getLast().day()),
                    t("dashboard.chart.forecastArea"));
        }
        EChart chart = new EChart(option);
        chart.setId("score-history-chart");
        chart.setHeight("320px");
        chart.setDescription(t("dashboard.chart.historyDescription", days, forecast.size()));
        return chart;
    }
}
