package com.scoredesk.app.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.scoredesk.app.KaribuTestBase;
import com.scoredesk.calibration.CalibrationDay;
import com.scoredesk.calibration.CalibrationService;
import com.scoredesk.score.ShopScoreService;
import com.scoredesk.scoring.score.ScoreResult;
import com.scoredesk.shop.ShopSummary;
import com.scoredesk.ui.chart.EChart;
import com.scoredesk.ui.dashboard.CalibrationView;
import com.scoredesk.ui.layout.SelectedShop;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalibrationViewTest extends KaribuTestBase {

    @Test
    void pasted_platform_scores_are_compared_with_the_recorded_ones_and_bad_lines_reported() {
        ShopSummary shop = DashboardFixture.shop(ctx);
        login("supervisor");
        ctx.getBean(SelectedShop.class).select(shop);
        LocalDate yesterday = ctx.getBean(ShopScoreService.class).today().minusDays(1);
        ScoreResult recorded = ctx.getBean(ShopScoreService.class).scoreUnchecked(shop.id(), yesterday, null);
        UI.getCurrent().navigate(CalibrationView.class);

        _get(TextArea.class, spec -> spec.withId("calibration-lines"))
                .setValue("日期,总分,星级\n" + yesterday + "," + recorded.total().add(java.math.BigDecimal.ONE) + ",4.5\n"
                        + yesterday.minusDays(1) + ",abc\n2026-13-01,80\n");
        _click(_get(Button.class, spec -> spec.withId("calibration-import")));

        assertThat(_get(Span.class, spec -> spec.withId("calibration-import-report"))
                        .getText())
                .startsWith("已导入 1 天，2 行有误。")
                .contains("第 3 行", "第 4 行");
        Grid<CalibrationDay> grid = _get(Grid.class, spec -> spec.withId("calibration-grid"));
        CalibrationDay day = GridKt._get(grid, 0);
        assertThat(day.day()).isEqualTo(yesterday);
        assertThat(day.drift()).isEqualByComparingTo("-1");
        assertThat(_get(Span.class, spec -> spec.withId("calibration-summary")).getText())
                .contains("对比 1 天", "最大偏差 1");
        assertThat(_get(EChart.class, spec -> spec.withId("calibration-chart"))
                        .getOption()
                        .seriesCount())
                .isEqualTo(3);
        ctx.getBean(CalibrationService.class).remove(shop.id(), yesterday);
    }

    @Test
    void an_agent_is_refused() {
        ShopSummary shop = DashboardFixture.shop(ctx);
        login("agent");
        assertThatThrownBy(() -> UI.getCurrent().navigate(CalibrationView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> ctx.getBean(CalibrationService.class).count(shop.id(), LocalDate.MIN, LocalDate.MAX))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
