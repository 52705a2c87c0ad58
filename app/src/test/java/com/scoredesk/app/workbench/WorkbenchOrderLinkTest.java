package com.scoredesk.app.workbench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.scoredesk.app.KaribuTestBase;
import com.scoredesk.shop.ShopService;
import com.scoredesk.shop.ShopSummary;
import com.scoredesk.ui.workbench.OrderLink;
import com.scoredesk.ui.workbench.WorkbenchView;
import com.scoredesk.workbench.WorkItemActions;
import com.scoredesk.workbench.WorkItemKind;
import com.scoredesk.workbench.WorkItemRow;
import com.scoredesk.workbench.WorkbenchService;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** A link to one order of a shop (the dashboard's drill-down has one per row) opens it in the workbench. */
class WorkbenchOrderLinkTest extends KaribuTestBase {

    @AfterEach
    void forget_notifications() {
        NotificationsKt.clearNotifications();
    }

    @Test
    void an_order_with_an_open_item_opens_that_item_in_its_tab_with_its_actions() {
        WorkbenchScenario scenario = new WorkbenchScenario(ctx).withOneItemOfEachKind();
        login(scenario.agent);

        openLink(scenario.shopId, "P-ORDER");

        assertThat(_get(Tabs.class, spec -> spec.withId("wb-tabs")).getSelectedTab())
                .isSameAs(_get(Tab.class, spec -> spec.withId("wb-tab-PICKUP")));
        assertThat(text("wb-detail-title")).isEqualTo("待揽收 · P-ORDER");
        assertThat(span("wb-detail-state")).isEqualTo("新");
        _assertOne(Button.class, spec -> spec.withId("wb-claim"));
        _assertOne(Button.class, spec -> spec.withId("wb-urge"));
        assertThat(text("wb-facts-order")).contains("P-ORDER", "羊毛大衣 P-ORDER");
        assertThat(span("wb-detail-note")).isEmpty();
        assertThat(_get(Select.class, spec -> spec.withId("wb-filter-shop")).getValue())
                .extracting("id")
                .isEqualTo(scenario.shopId);
    }

    @Test
    void a_link_naming_a_worklist_prefers_the_orders_item_there() {
        WorkbenchScenario scenario = new WorkbenchScenario(ctx).withOneItemOfEachKind();
        scenario.badReview("A-REVIEW", "A-ORDER", "退款太慢");
        scenario.refresh();
        login(scenario.agent);

        UI.getCurrent()
                .navigate(
                        WorkbenchView.class,
                        new OrderLink(scenario.shopId, "A-ORDER", WorkItemKind.REVIEW).parameters());
        assertThat(text("wb-detail-title")).isEqualTo("可申诉差评 · A-ORDER");
        assertThat(_get(Tabs.class, spec -> spec.withId("wb-tabs")).getSelectedTab())
                .isSameAs(_get(Tab.class, spec -> spec.withId("wb-tab-REVIEW")));

        UI.getCurrent()
                .navigate(
                        WorkbenchView.class,
                        new OrderLink(scenario.shopId, "A-ORDER", WorkItemKind.AFTER_SALE).parameters());
        assertThat(text("wb-detail-title")).isEqualTo("待处理售后 · A-ORDER");
        _assertOne(Button.class, spec -> spec.withId("wb-agree"));
    }

    @Test
    void choosing_another_shop_after_following_a_link_shows_that_shop() {
        ShopService shops = ctx.getBean(ShopService.class);
        ShopSummary tea = shops.findByCodeUnchecked("DEMO-TEA").orElseThrow();
        ShopSummary fashion = shops.findByCodeUnchecked("DEMO-FASHION").orElseThrow();
        String teaOrder = ctx.getBean(JdbcTemplate.class)
                .queryForObject(
                        "SELECT order_id FROM orders WHERE shop_id = ? ORDER BY id FETCH FIRST 1 ROWS ONLY",
                        String.class,
                        tea.id());
        login("supervisor");
        openLink(tea.id(), teaOrder);
        @SuppressWarnings("unchecked")
        Select<ShopSummary> layoutShop = _get(Select.class, spec -> spec.withId("shop-selector"));
        assertThat(layoutShop.getValue()).isEqualTo(tea);

        chooseAsTheUser(layoutShop, fashion);

        assertThat(_get(Select.class, spec -> spec.withId("wb-filter-shop")).getValue())
                .isEqualTo(fashion);
        assertThat(text("wb-detail-title")).doesNotContain(teaOrder);
    }

    @Test
    void an_order_whose_item_is_done_opens_that_item_without_actions() {
        WorkbenchScenario scenario = new WorkbenchScenario(ctx).withOneItemOfEachKind();
        login(scenario.agent);
        WorkbenchService workbench = ctx.getBean(WorkbenchService.class);
        WorkItemRow refund = workbench.itemOfOrder(scenario.shopId, "A-ORDER").orElseThrow();
        ctx.getBean(WorkItemActions.class).agree(refund.ref());

        openLink(scenario.shopId, "A-ORDER");

        assertThat(text("wb-detail-title")).isEqualTo("待处理售后 · A-ORDER");
        assertThat(span("wb-detail-state")).startsWith("已完成");
        _assertNone(Button.class, spec -> spec.withId("wb-agree"));
        assertThat(text("wb-facts-after-sales")).contains("不想要了");
    }

    @Test
    void an_order_without_a_work_item_is_shown_to_read_with_a_note_and_no_actions() {
        WorkbenchScenario scenario = new WorkbenchScenario(ctx).withOneItemOfEachKind();
        scenario.delivered("N-ORDER");
        scenario.refresh();
        login(scenario.agent);

        openLink(scenario.shopId, "N-ORDER");

        assertThat(text("wb-detail-title")).isEqualTo("订单 · N-ORDER");
        assertThat(span("wb-detail-note")).isEqualTo("该订单当前没有待办事项，以下信息仅供查看。");
        assertThat(text("wb-facts-order")).contains("N-ORDER", "买家N-ORDER", "¥129.00");
        _assertNone(Button.class, spec -> spec.withId("wb-claim"));
        assertThat(NotificationsKt.getNotifications()).isEmpty();
    }

    @Test
    void an_order_of_a_shop_the_user_may_not_see_is_refused_and_none_of_it_is_shown() {
        long fashion = ctx.getBean(ShopService.class)
                .findByCodeUnchecked("DEMO-FASHION")
                .orElseThrow()
                .id();
        String orderId = ctx.getBean(JdbcTemplate.class)
                .queryForObject(
                        "SELECT order_id FROM orders WHERE shop_id = ? ORDER BY id FETCH FIRST 1 ROWS ONLY",
                        String.class,
                        fashion);
        login("agent2");
        WorkbenchService workbench = ctx.getBean(WorkbenchService.class);
        assertThatThrownBy(() -> workbench.order(fashion, orderId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workbench.itemOfOrder(fashion, orderId)).isInstanceOf(AccessDeniedException.class);

        openLink(fashion, orderId);

        NotificationsKt.expectNotifications("找不到订单 " + orderId + "，或您无权查看它所在的店铺。");
        _assertNone(Component.class, spec -> spec.withId("wb-facts"));
        assertThat(text("wb-detail-title")).doesNotContain(orderId);
        assertThat(_get(WorkbenchView.class).getElement().getTextRecursively()).doesNotContain(orderId);
    }

    @Test
    void an_unknown_order_is_said_to_be_missing() {
        WorkbenchScenario scenario = new WorkbenchScenario(ctx).withOneItemOfEachKind();
        login(scenario.agent);

        openLink(scenario.shopId, "NO-SUCH-ORDER");

        NotificationsKt.expectNotifications("找不到订单 NO-SUCH-ORDER，或您无权查看它所在的店铺。");
        _assertNone(Component.class, spec -> spec.withId("wb-facts"));
    }

    private static void openLink(long shopId, String orderId) {
        QueryParameters link = new OrderLink(shopId, orderId).parameters();
        UI.getCurrent().navigate(WorkbenchView.class, link);
        _assertOne(WorkbenchView.class);
    }

    /** The value chosen in the browser (Karibu's own _setValue does not run on this Vaadin version). */
    private static <V> void chooseAsTheUser(Select<V> select, V value) {
        V before = select.getValue();
        select.setValue(value);
        ComponentUtil.fireEvent(select, new AbstractField.ComponentValueChangeEvent<>(select, select, before, true));
    }

    private static String span(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
