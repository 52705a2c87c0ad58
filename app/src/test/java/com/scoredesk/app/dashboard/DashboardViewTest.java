package com.scoredesk.app.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.scoredesk.app.KaribuTestBase;
import com.scoredesk.kpi.IndicatorLine;
import com.scoredesk.kpi.IndicatorRow;
import com.scoredesk.kpi.IndicatorRowsService;
import com.scoredesk.kpi.ShopDashboard;
import com.scoredesk.kpi.ShopDashboardService;
import com.scoredesk.kpi.TierGap;
import com.scoredesk.score.ShopScoreService;
import com.scoredesk.scoring.score.ScoreResult;
import com.scoredesk.shop.ShopSummary;
import com.scoredesk.ui.chart.EChart;
import com.scoredesk.ui.dashboard.DashboardView;
import com.scoredesk.ui.layout.SelectedShop;
import com.scoredesk.ui.workbench.WorkbenchView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DashboardViewTest extends KaribuTestBase {

    @Test
    void a_supervisor_sees_the_score_why_it_moved_and_what_tomorrow_brings() {
        ShopSummary shop = openDashboardAs("supervisor");
        ScoreResult engine = ctx.getBean(ShopScoreService.class).scoreUnchecked(shop.id(), today(), null);

        assertThat(text("score-total")).isEqualTo(engine.total().toPlainString());
        assertThat(text("score-change")).startsWith("较昨日");
        ScoreResult yesterday =
                ctx.getBean(ShopScoreService.class).scoreUnchecked(shop.id(), today().minusDays(1), null);
        if (yesterday.ruleSetId().equals(engine.ruleSetId())) {
            BigDecimal exact = engine.exactTotal()
                    .toBigDecimal(4, RoundingMode.HALF_UP)
                    .subtract(yesterday.exactTotal().toBigDecimal(4, RoundingMode.HALF_UP))
                    .setScale(2, RoundingMode.HALF_UP);
            BigDecimal rounded = engine.total().subtract(yesterday.total());
            if (exact.compareTo(rounded) != 0) {
                assertThat(text("score-change"))
                        .as("a change lost in rounding is shown unrounded")
                        .endsWith("（未取整 " + (exact.signum() > 0 ? "+" : exact.signum() < 0 ? "−" : "")
                                + exact.abs().stripTrailingZeros().toPlainString() + "）");
            }
        }
        List<String> moves = _get(UnorderedList.class, spec -> spec.withId("score-moves"))
                .getChildren()
                .map(item -> ((ListItem) item).getText())
                .toList();
        assertThat(moves).isNotEmpty().allSatisfy(move -> assertThat(move).isNotBlank());
        ShopDashboard dashboard = dashboard(shop);
        assertThat(text("score-tomorrow"))
                .contains(dashboard.forecast().getFirst().day().toString())
                .contains(dashboard.forecast().getFirst().total().toPlainString());
        assertThat(text("score-leaving")).containsAnyOf("明天移出考核窗口", "明天没有");
    }

    @Test
    void every_indicator_of_the_rule_set_is_in_the_table_with_the_distance_to_its_next_tier_in_words() {
        ShopSummary shop = openDashboardAs("supervisor");
        ShopDashboard dashboard = dashboard(shop);

        Grid<IndicatorLine> grid = _get(Grid.class, spec -> spec.withId("indicator-grid"));

        assertThat(GridKt._size(grid)).isEqualTo(dashboard.indicators().size());
        for (int row = 0; row < GridKt._size(grid); row++) {
            IndicatorLine line = GridKt._get(grid, row);
            List<String> cells = GridKt._getFormattedRow(grid, row);
            if (line.gap().status() == TierGap.Status.REACHABLE) {
                assertThat(cells).anySatisfy(cell -> assertThat(cell)
                        .contains("再有 " + line.gap().moreGood())
                        .contains("升到"));
            }
        }
    }

    @Test
    void the_history_chart_carries_the_recorded_days_and_the_seven_day_forecast() throws Exception {
        ShopSummary shop = openDashboardAs("supervisor");

        EChart chart = _get(EChart.class, spec -> spec.withId("score-history-chart"));
        JsonNode option = JsonMapper.shared().readTree(chart.getElement().getProperty("option"));

        assertThat(option.at("/xAxis/data")).hasSize(30 + 7);
        JsonNode daily = option.at("/series/0/data");
        JsonNode forecast = option.at("/series/1/data");
        assertThat(daily.get(29).asString()).isNotEqualTo("-");
        assertThat(forecast.get(36).decimalValue())
                .isEqualByComparingTo(dashboard(shop).forecast().getLast().total());
        assertThat(option.at("/series/0/markLine/data/0/yAxis").decimalValue()).isEqualByComparingTo("70");
    }

    @Test
    void an_indicator_opens_the_rows_behind_it_page_by_page() {
        ShopSummary shop = openDashboardAs("supervisor");
        long expected = ctx.getBean(IndicatorRowsService.class).count(shop.id(), "product_rating_avg");

        Grid<IndicatorLine> indicators = _get(Grid.class, spec -> spec.withId("indicator-grid"));
        int row = 0;
        while (!GridKt._get(indicators, row).id().equals("product_rating_avg")) {
            row++;
        }
        _click((Button) GridKt._getCellComponent(indicators, row, "rows"));

        Dialog dialog = _get(Dialog.class, spec -> spec.withId("indicator-rows-dialog"));
        assertThat(dialog.isOpened()).isTrue();
        Grid<?> rows = _get(Grid.class, spec -> spec.withId("indicator-rows"));
        assertThat(expected).isPositive();
        assertThat(GridKt._size(rows)).isEqualTo((int) expected);
        assertThat(GridKt._getFormattedRow(rows, 0))
                .anySatisfy(cell -> assertThat(cell).isNotBlank());
    }

    @Test
    void a_drill_down_row_opens_its_order_in_the_workbench() {
        openDashboardAs("supervisor");
        Grid<IndicatorLine> indicators = _get(Grid.class, spec -> spec.withId("indicator-grid"));
        int line = 0;
        while (!GridKt._get(indicators, line).id().equals("product_rating_avg")) {
            line++;
        }
        _click((Button) GridKt._getCellComponent(indicators, line, "rows"));
        @SuppressWarnings("unchecked")
        Grid<IndicatorRow> rows = _get(Grid.class, spec -> spec.withId("indicator-rows"));
        int row = 0;
        while (GridKt._get(rows, row).orderId() == null) {
            row++;
        }
        String orderId = GridKt._get(rows, row).orderId();

        RouterLink link = (RouterLink) GridKt._getCellComponent(rows, row, "workbench");
        assertThat(link.getText()).isEqualTo("在工作台打开");
        RouterLinkKt._click(link);

        NavigatorKt.expectView(WorkbenchView.class);
        _assertNone(Dialog.class, spec -> spec.withId("indicator-rows-dialog"));
        assertThat(_get(Component.class, spec -> spec.withId("wb-detail-title"))
                        .getElement()
                        .getTextRecursively())
                .endsWith(orderId);
        assertThat(_get(Component.class, spec -> spec.withId("wb-facts-order"))
                        .getElement()
                        .getTextRecursively())
                .contains(orderId);
    }

    @Test
    void an_agent_is_refused_the_dashboard_and_its_data() {
        ShopSummary shop = DashboardFixture.shop(ctx);
        login("agent");

        assertThatThrownBy(() -> UI.getCurrent().navigate(DashboardView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> ctx.getBean(ShopDashboardService.class).dashboard(shop.id()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> ctx.getBean(IndicatorRowsService.class).count(shop.id(), "product_rating_avg"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void the_dashboard_of_a_shop_without_data_says_so_instead_of_inventing_numbers() {
        login("supervisor");
        ShopSummary demo = ctx.getBean(SelectedShop.class).choices().stream()
                .filter(shop -> !shop.code().equals(DashboardFixture.CODE))
                .findFirst()
                .orElseThrow();
        ctx.getBean(SelectedShop.class).select(demo);

        UI.getCurrent().navigate(DashboardView.class);

        _get(DashboardView.class);
        assertThat(_find(Span.class, spec -> spec.withId("score-total"))).hasSize(1);
    }

    private ShopSummary openDashboardAs(String user) {
        ShopSummary shop = DashboardFixture.shop(ctx);
        login(user);
        ctx.getBean(SelectedShop.class).select(shop);
        UI.getCurrent().navigate(DashboardView.class);
        _get(DashboardView.class);
        return shop;
    }

    private ShopDashboard dashboard(ShopSummary shop) {
        return ctx.getBean(ShopDashboardService.class).dashboard(shop.id());
    }

    private java.time.LocalDate today() {
        return ctx.getBean(ShopScoreService.class).today();
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }
}
