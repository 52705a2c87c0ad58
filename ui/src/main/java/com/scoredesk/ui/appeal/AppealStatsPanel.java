package com.scoredesk.ui.appeal;

import com.scoredesk.appeal.AppealStatistics;
import com.scoredesk.appeal.AppealStats;
import com.scoredesk.ui.template.LocalTimes;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** 统计: appeals filed, approved and rejected by reason and by agent, and the weekly success rate, over a period. */
class AppealStatsPanel extends VerticalLayout {

    private final AppealStatistics statistics;
    private final long shopId;
    private final Select<Integer> period = new Select<>();
    private final Paragraph total = new Paragraph();
    private final Grid<AppealStats.Outcomes> byReason = outcomes("appeal-stats-reason", this::reasonLabel);
    private final Grid<AppealStats.Outcomes> byAgent = outcomes("appeal-stats-agent", Function.identity());
    private final Grid<AppealStats.WeekRate> weekly = new Grid<>();

    AppealStatsPanel(AppealStatistics statistics, long shopId) {
        this.statistics = statistics;
        this.shopId = shopId;
        setPadding(false);
        period.setId("appeal-stats-period");
        period.setLabel(getTranslation("appeals.stats.period"));
        period.setItems(30, 90, 365);
        period.setItemLabelGenerator(days -> getTranslation("appeals.stats.days", days));
        period.setValue(90);
        period.addValueChangeListener(e -> refresh());
        total.setId("appeal-stats-total");
        weekly.setId("appeal-stats-weekly");
        weekly.setAllRowsVisible(true);
        weekly.addColumn(w -> LocalTimes.date(w.weekStart(), getLocale()))
                .setHeader(getTranslation("appeals.stats.column.week"));
        weekly.addColumn(AppealStats.WeekRate::approved).setHeader(getTranslation("appeals.stats.column.approved"));
        weekly.addColumn(AppealStats.WeekRate::rejected).setHeader(getTranslation("appeals.stats.column.rejected"));
        weekly.addColumn(w -> percent(w.successRate())).setHeader(getTranslation("appeals.stats.column.rate"));
        add(
                period,
                total,
                new H4(getTranslation("appeals.stats.byReason")),
                byReason,
                new H4(getTranslation("appeals.stats.byAgent")),
                byAgent,
                new H4(getTranslation("appeals.stats.overTime")),
                weekly);
        refresh();
    }

    void refresh() {
        AppealStats stats = statistics.lastDays(shopId, period.getValue());
        AppealStats.Outcomes sum = stats.total();
        total.setText(getTranslation(
                "appeals.stats.total", sum.filed(), sum.approved(), sum.rejected(), percent(sum.successRate())));
        byReason.setItems(stats.byReason());
        byAgent.setItems(stats.byAgent());
        weekly.setItems(stats.overTime());
    }

    private Grid<AppealStats.Outcomes> outcomes(String id, Function<String, String> group) {
        Grid<AppealStats.Outcomes> grid = new Grid<>();
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.addColumn(o -> group.apply(o.group())).setHeader(getTranslation("appeals.stats.column.group"));
        grid.addColumn(AppealStats.Outcomes::filed).setHeader(getTranslation("appeals.stats.column.filed"));
        grid.addColumn(AppealStats.Outcomes::approved).setHeader(getTranslation("appeals.stats.column.approved"));
        grid.addColumn(AppealStats.Outcomes::rejected).setHeader(getTranslation("appeals.stats.column.rejected"));
        grid.addColumn(AppealStats.Outcomes::pending).setHeader(getTranslation("appeals.stats.column.pending"));
        grid.addColumn(o -> percent(o.successRate())).setHeader(getTranslation("appeals.stats.column.rate"));
        return grid;
    }

    private String reasonLabel(String code) {
        return getTranslation("appeals.reason." + code.toUpperCase(Locale.ROOT));
    }

    private String percent(@Nullable BigDecimal rate) {
        return rate == null
                ? getTranslation("appeals.stats.noRate")
                : rate.multiply(BigDecimal.valueOf(100))
                                .setScale(1, RoundingMode.HALF_UP)
                                .toPlainString() + "%";
    }
}
