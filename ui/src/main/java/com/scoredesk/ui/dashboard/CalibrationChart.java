package com.scoredesk.ui.dashboard;

import static com.scoredesk.ui.dashboard.Formats.plain;
import static com.scoredesk.ui.dashboard.Formats.t;

import com.scoredesk.calibration.CalibrationDay;
import com.scoredesk.ui.chart.ChartOption;
import com.scoredesk.ui.chart.EChart;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/** The platform's score against ScoreDesk's per entered day, and the drift between them. */
final class CalibrationChart {

    private CalibrationChart() {}

    static EChart of(List<CalibrationDay> days) {
        ChartOption option = ChartOption.create()
                .categories(days.stream().map(day -> Formats.day(day.day())).toList())
                .valueAxis(null, null)
                .legend();
        option.line(
                        t("dashboard.calibration.platform"),
                        days.stream().map(CalibrationDay::platformTotal).toList())
                .color("#e8590c");
        option.line(
                        t("dashboard.calibration.scoreDesk"),
                        days.stream().map(CalibrationDay::scoreDeskTotal).toList())
                .color("#1676f3");
        option.bar(
                        t("dashboard.calibration.drift"),
                        days.stream().map(CalibrationDay::drift).toList())
                .color("rgba(120, 120, 120, 0.6)")
                .markLine(BigDecimal.ZERO, "0");
        EChart chart = new EChart(option);
        chart.setId("calibration-chart");
        chart.setDescription(t("dashboard.calibration.chartDescription"));
        return chart;
    }

    /** "N days compared; mean absolute drift x; largest y; z days equal". */
    static String summary(List<CalibrationDay> days) {
        List<BigDecimal> drifts = days.stream()
                .map(CalibrationDay::drift)
                .filter(Objects::nonNull)
                .toList();
        if (days.isEmpty()) {
            return t("dashboard.calibration.none");
        }
        if (drifts.isEmpty()) {
            return t("dashboard.calibration.noHistory", days.size());
        }
        BigDecimal sum = drifts.stream().map(BigDecimal::abs).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal largest =
                drifts.stream().map(BigDecimal::abs).max(BigDecimal::compareTo).orElseThrow();
        long equal = drifts.stream().filter(d -> d.signum() == 0).count();
        return t(
                "dashboard.calibration.summary",
                drifts.size(),
                plain(sum.divide(BigDecimal.valueOf(drifts.size()), 2, RoundingMode.HALF_UP), 2),
                plain(largest, 2),
                equal);
    }
}
