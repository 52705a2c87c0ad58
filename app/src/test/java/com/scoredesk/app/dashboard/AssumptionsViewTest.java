package com.scoredesk.app.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.scoredesk.app.KaribuTestBase;
import com.scoredesk.score.ShopScoreService;
import com.scoredesk.settings.AssumptionItem;
import com.scoredesk.settings.AssumptionKind;
import com.scoredesk.settings.AssumptionPreviews;
import com.scoredesk.settings.AssumptionScope;
import com.scoredesk.settings.ScorePreview;
import com.scoredesk.settings.ScoringAssumptions;
import com.scoredesk.shop.ShopSummary;
import com.scoredesk.ui.dashboard.AssumptionsView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AssumptionsViewTest extends KaribuTestBase {

    private static final String RULE_SET = "douyin-2026-09";

    @AfterEach
    void remove_what_the_test_stored() {
        login("admin");
        ShopSummary shop = DashboardFixture.shop(ctx);
        ctx.getBean(ScoringAssumptions.class)
                .remove(
                        RULE_SET,
                        new AssumptionScope(AssumptionScope.Kind.SHOP, shop.code()),
                        AssumptionKind.THRESHOLDS,
                        "product_rating_avg");
    }

    @Test
    void an_admin_sees_every_assumed_number_with_its_default_and_source() {
        login("admin");
        UI.getCurrent().navigate(AssumptionsView.class);

        Grid<AssumptionItem> items = _get(Grid.class, spec -> spec.withId("assumption-items"));

        assertThat(GridKt._size(items)).isGreaterThan(10);
        AssumptionItem rating = find(items, AssumptionKind.THRESHOLDS, "product_rating_avg");
        assertThat(rating.defaultValue()).isEqualTo("4.85, 4.80, 4.72, 4.65, 4.55");
        assertThat(rating.source()).isEqualTo("assumed");
        assertThat(GridKt._getFormattedRow(items, indexOf(items, rating)))
                .contains("商品综合评分 档位阈值", "规范 6.3 节假设值（ASSUMED）");
    }

    @Test
    void a_threshold_set_for_a_shop_changes_its_score_everywhere_and_a_bad_value_is_refused() {
        ShopSummary shop = DashboardFixture.shop(ctx);
        login("admin");
        UI.getCurrent().navigate(AssumptionsView.class);
        _get(Select.class, spec -> spec.withId("assumption-rule-set")).setValue(RULE_SET);
        _get(RadioButtonGroup.class, spec -> spec.withId("assumption-scope")).setValue(AssumptionScope.Kind.SHOP);
        _get(Select.class, spec -> spec.withId("assumption-shop")).setValue(shop);

        Grid<AssumptionItem> items = _get(Grid.class, spec -> spec.withId("assumption-items"));
        int row = indexOf(items, find(items, AssumptionKind.THRESHOLDS, "product_rating_avg"));
        _click((Button) GridKt._getCellComponent(items, row, "edit"));
        TextField value = _get(TextField.class, spec -> spec.withId("assumption-value"));
        value.setValue("4.0, 3.9");
        _click(_get(Button.class, spec -> spec.withId("assumption-save")));
        assertThat(value.isInvalid()).isTrue();
        assertThat(value.getErrorMessage()).startsWith("评分模块不接受这个值");

        value.setValue("3.0, 2.9, 2.8, 2.7, 2.6");
        _click(_get(Button.class, spec -> spec.withId("assumption-save")));

        ScorePreview preview = ctx.getBean(AssumptionPreviews.class).preview(shop.id());
        assertThat(preview.assumedTotal()).isGreaterThan(preview.shippedTotal());
        ShopScoreService scores = ctx.getBean(ShopScoreService.class);
        assertThat(scores.scoreToday(shop.id()).total())
                .as("every screen scores with the stored settings, not only the preview")
                .isEqualByComparingTo(preview.assumedTotal());
        assertThat(ctx.getBean(ScoringAssumptions.class)
                        .registry()
                        .resolve(
                                scores.today(),
                                null,
                                com.scoredesk.kpi.ShopDashboardService.scoringShop(
                                        ctx.getBean(com.scoredesk.shop.ShopProfiles.class)
                                                .profileUnchecked(shop.id())))
                        .indicator("product_rating_avg")
                        .orElseThrow()
                        .curve())
                .isInstanceOf(com.scoredesk.scoring.rules.Curve.Linear.class)
                .satisfies(curve -> assertThat(((com.scoredesk.scoring.rules.Curve.Linear) curve)
                                .points()
                                .getFirst()
                                .value())
                        .isEqualByComparingTo("3.0"));
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("assumption-stored"))))
                .isPositive();
    }

    @Test
    void a_supervisor_and_an_agent_are_refused() {
        login("supervisor");
        assertThatThrownBy(() -> UI.getCurrent().navigate(AssumptionsView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> ctx.getBean(ScoringAssumptions.class).catalog(RULE_SET))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        logout();
        login("agent");
        assertThatThrownBy(() -> UI.getCurrent().navigate(AssumptionsView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    private static AssumptionItem find(Grid<AssumptionItem> grid, AssumptionKind kind, String id) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            AssumptionItem item = GridKt._get(grid, i);
            if (item.kind() == kind && item.itemId().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no " + kind + " " + id);
    }

    private static int indexOf(Grid<AssumptionItem> grid, AssumptionItem item) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).equals(item)) {
                return i;
            }
        }
        return -1;
    }
}
