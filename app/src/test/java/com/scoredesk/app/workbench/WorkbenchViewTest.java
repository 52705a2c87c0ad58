package com.scoredesk.app.workbench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.scoredesk.app.KaribuTestBase;
import com.scoredesk.ui.workbench.WorkbenchView;
import com.scoredesk.workbench.DeadlineFilter;
import com.scoredesk.workbench.WorkItemActions;
import com.scoredesk.workbench.WorkItemKind;
import com.scoredesk.workbench.WorkItemRow;
import com.scoredesk.workbench.WorkbenchService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.node.JsonNodeFactory;

/** The workbench in a browser-less UI, with the real services, database and security behind it. */
class WorkbenchViewTest extends KaribuTestBase {

    @Autowired
    WorkbenchService workbench;

    @Autowired
    WorkItemActions actions;

    @Autowired
    UserDetailsService userDetails;

    WorkbenchScenario scenario;

    @BeforeEach
    void a_shop_with_one_item_of_each_kind() {
        scenario = new WorkbenchScenario(ctx).withOneItemOfEachKind();
    }

    @Test
    void each_tab_lists_its_work_with_impact_deadline_and_state() {
        open(scenario.agent);

        for (WorkItemKind kind : WorkItemKind.values()) {
            selectTab(kind.name());
            List<WorkItemRow> rows = GridKt._fetch(grid(), 0, 50);
            assertThat(rows).as(kind.name()).singleElement().satisfies(row -> {
                assertThat(row.kind()).isEqualTo(kind);
                assertThat(row.shopName()).isEqualTo(scenario.shopName);
            });
            assertThat(cell(0, "impact")).as("impact").matches("\\+?\\d+\\.\\d{2}");
            assertThat(cell(0, "state")).as("state").isEqualTo("新");
        }
        assertThat(tabLabel("CHAT")).isEqualTo("待回复 1");
        assertThat(tabLabel("LOGISTICS")).startsWith("物流异常 1");
        assertThat(tabLabel("MINE")).isEqualTo("我的 0");
    }

    @Test
    void the_review_tab_shows_the_evidence_found_and_leads_to_the_appeal() {
        open(scenario.agent);
        selectTab("REVIEW");

        assertThat(cell(0, "subject")).contains("1星", "快递太慢了", "证据", "中转超时", "配送超时");
        GridKt._clickItem(grid(), 0, 0, false, false, false, false);
        assertThat(text("wb-appeal-evidence")).contains("申诉证据", "物流异常", "中转超时", "配送超时", "建议申诉理由");
        _assertNone(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("wb-appeal-link"));
        _click(_get(Button.class, spec -> spec.withId("wb-appeal")));
        _assertOne(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("wb-appeal-link"));
    }

    @Test
    void claiming_in_the_detail_panel_makes_the_item_mine() {
        open(scenario.agent);
        selectTab("PICKUP");
        GridKt._clickItem(grid(), 0, 0, false, false, false, false);

        _click(_get(Button.class, spec -> spec.withId("wb-claim")));

        assertThat(span("wb-detail-state")).isEqualTo("已认领 · " + scenario.agentName);
        assertThat(cell(0, "state")).isEqualTo("已认领 · " + scenario.agentName);
        assertThat(tabLabel("MINE")).isEqualTo("我的 1");
        selectTab("MINE");
        assertThat(GridKt._fetch(grid(), 0, 10))
                .extracting(WorkItemRow::orderId)
                .containsExactly("P-ORDER");
        assertThat(text("wb-facts-history")).contains(scenario.agent, "认领");
    }

    @Test
    void an_agent_who_loses_the_race_is_told_who_won_and_nothing_happens() {
        open(scenario.agent);
        selectTab("PICKUP");
        GridKt._clickItem(grid(), 0, 0, false, false, false, false);
        scenario.claimBehindTheScreen(GridKt._get(grid(), 0).id(), scenario.agent2);

        _click(_get(Button.class, spec -> spec.withId("wb-claim")));

        assertThat(span("wb-detail-message")).isEqualTo(scenario.agent2Name + " 已认领这条事项，您的操作未执行。");
        assertThat(span("wb-detail-state")).isEqualTo("已认领 · " + scenario.agent2Name);
        _assertNone(Button.class, spec -> spec.withId("wb-claim"));
        NotificationsKt.clearNotifications();
    }

    @Test
    void another_agents_claim_appears_without_reloading() throws Exception {
        open(scenario.agent);
        selectTab("AFTER_SALE");
        assertThat(cell(0, "state")).isEqualTo("新");

        claimInAnotherSession(scenario.agent2, GridKt._get(grid(), 0));
        MockVaadin.clientRoundtrip(false); // the push: the other session's change reaches this UI through UI.access

        assertThat(cell(0, "state")).isEqualTo("已认领 · " + scenario.agent2Name);
    }

    @Test
    void replying_with_a_template_answers_the_round() {
        open(scenario.agent);
        selectTab("CHAT");
        key("next");
        key("open");
        key("template");
        Dialog picker = _get(Dialog.class, spec -> spec.withId("wb-template-picker"));
        Grid<?> templates = _get(picker, Grid.class, spec -> spec.withId("wb-template-list"));
        GridKt._clickItem(templates, 0, 0, false, false, false, false);
        assertThat(textArea("wb-reply").getValue()).isNotBlank();

        key("send");

        assertThat(span("wb-detail-state")).startsWith("已完成");
        assertThat(scenario.value(
                        "SELECT COUNT(*) FROM chat_reply c JOIN im_rounds r ON r.id = c.round_ref"
                                + " WHERE r.shop_id = ? AND r.human_reply_at IS NOT NULL",
                        scenario.shopId))
                .isEqualTo(1L);
        assertThat(tabLabel("CHAT")).isEqualTo("待回复 0");
    }

    @Test
    void a_reply_that_breaks_a_compliance_rule_is_stopped_with_the_rule_and_a_safer_wording() {
        open(scenario.agent);
        selectTab("CHAT");
        GridKt._clickItem(grid(), 0, 0, false, false, false, false);
        textArea("wb-reply").setValue("麻烦亲把退款原因改成不想要");

        _click(_get(Button.class, spec -> spec.withId("wb-send")));

        assertThat(text("wb-compliance")).contains("未发送", "引导买家修改售后原因", "建议");
        assertThat(span("wb-detail-state")).isEqualTo("新");
    }

    @Test
    void agreeing_and_rejecting_after_sales_from_the_panel() {
        scenario.withPendingAfterSales(1);
        open(scenario.agent);
        selectTab("AFTER_SALE");
        GridKt._clickItem(grid(), 0, 0, false, false, false, false);
        _click(_get(Button.class, spec -> spec.withId("wb-agree")));
        assertThat(span("wb-detail-state")).startsWith("已完成");

        selectTab("AFTER_SALE");
        GridKt._clickItem(grid(), 0, 0, false, false, false, false);
        _click(_get(Button.class, spec -> spec.withId("wb-reject")));
        assertThat(_get(TextField.class, spec -> spec.withId("wb-reject-reason"))
                        .isInvalid())
                .isTrue();
        _get(TextField.class, spec -> spec.withId("wb-reject-reason")).setValue("买家已确认收到完好商品");
        _click(_get(Button.class, spec -> spec.withId("wb-reject")));

        assertThat(span("wb-detail-state")).startsWith("已完成");
        assertThat(scenario.value(
                        "SELECT COUNT(*) FROM after_sales WHERE shop_id = ? AND status IN ('refunded', 'rejected')",
                        scenario.shopId))
                .isEqualTo(2L);
    }

    @Test
    void urging_the_courier_and_starting_an_appeal() {
        open(scenario.agent);
        selectTab("LOGISTICS");
        GridKt._clickItem(grid(), 0, 0, false, false, false, false);
        _click(_get(Button.class, spec -> spec.withId("wb-urge")));
        assertThat(scenario.value(
                        "SELECT COUNT(*) FROM orders WHERE shop_id = ? AND courier_urged_at IS NOT NULL",
                        scenario.shopId))
                .isEqualTo(1L);

        selectTab("REVIEW");
        GridKt._clickItem(grid(), 0, 0, false, false, false, false);
        _click(_get(Button.class, spec -> spec.withId("wb-appeal")));
        assertThat(scenario.value("SELECT appeal_status FROM reviews WHERE shop_id = ?", scenario.shopId))
                .isEqualTo("draft");
        _assertNone(Button.class, spec -> spec.withId("wb-appeal"));
    }

    @Test
    void bulk_claim_reports_every_item() {
        scenario.withPendingAfterSales(3);
        open(scenario.agent);
        selectTab("AFTER_SALE");
        grid().asMultiSelect().select(GridKt._fetch(grid(), 0, 50));

        _click(_get(Button.class, spec -> spec.withId("wb-bulk-claim")));

        Dialog report = _get(Dialog.class, spec -> spec.withId("wb-bulk-report"));
        assertThat(report.getHeaderTitle()).isEqualTo("批量操作结果：成功 4，未成功 0");
        assertThat(tabLabel("MINE")).isEqualTo("我的 4");
    }

    @Test
    void a_supervisor_reassigns_an_item() {
        open(scenario.lead);
        selectTab("PICKUP");
        GridKt._clickItem(grid(), 0, 0, false, false, false, false);
        @SuppressWarnings("unchecked")
        Select<com.scoredesk.workbench.AgentChoice> to = _get(Select.class, spec -> spec.withId("wb-reassign-to"));
        to.setValue(to.getListDataView()
                .getItems()
                .filter(a -> a.displayName().equals(scenario.agent2Name))
                .findFirst()
                .orElseThrow());

        _click(_get(Button.class, spec -> spec.withId("wb-reassign")));

        assertThat(span("wb-detail-state")).isEqualTo("已认领 · " + scenario.agent2Name);
    }

    @Test
    void an_agent_gets_no_reassign_controls() {
        open(scenario.agent);
        selectTab("PICKUP");
        GridKt._clickItem(grid(), 0, 0, false, false, false, false);

        _assertNone(Button.class, spec -> spec.withId("wb-reassign"));
    }

    @Test
    void the_deadline_filter_narrows_the_list() {
        open(scenario.agent);
        selectTab("LOGISTICS");
        @SuppressWarnings("unchecked")
        Select<DeadlineFilter> deadline = _get(Select.class, spec -> spec.withId("wb-filter-deadline"));

        deadline.setValue(DeadlineFilter.OVERDUE);
        assertThat(GridKt._fetch(grid(), 0, 10)).hasSize(1);
        selectTab("PICKUP");
        assertThat(GridKt._fetch(grid(), 0, 10)).isEmpty();
    }

    @Test
    void keys_move_the_cursor_open_the_item_claim_it_and_show_the_help() {
        open(scenario.agent);
        selectTab("PICKUP");

        key("next");
        key("claim");

        assertThat(span("wb-detail-state")).isEqualTo("已认领 · " + scenario.agentName);
        assertThat(span("wb-score-impact")).matches("\\+?\\d+\\.\\d{2}");
        key("help");
        _assertOne(Dialog.class, spec -> spec.withId("wb-help"));
    }

    @Test
    void the_score_panel_shows_the_projected_score() {
        open(scenario.agent);

        assertThat(span("wb-score-projected")).isNotBlank();
        assertThat(span("wb-score-latest")).isNotBlank();
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private void open(String username) {
        login(username);
        UI.getCurrent().navigate(WorkbenchView.class);
        _assertOne(WorkbenchView.class);
    }

    /** Another agent claims the item from another session (another thread), as a second browser would. */
    private void claimInAnotherSession(String username, WorkItemRow row) throws Exception {
        Thread other = new Thread(() -> {
            var user = userDetails.loadUserByUsername(username);
            SecurityContextHolder.getContext()
                    .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
            try {
                actions.claim(row.ref());
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        other.start();
        other.join(30_000);
    }

    @SuppressWarnings("unchecked")
    private static Grid<WorkItemRow> grid() {
        return _get(Grid.class, spec -> spec.withId("wb-grid"));
    }

    private static void selectTab(String kind) {
        _get(Tabs.class, spec -> spec.withId("wb-tabs"))
                .setSelectedTab(_get(Tab.class, spec -> spec.withId("wb-tab-" + kind)));
    }

    private static String tabLabel(String kind) {
        return _get(Tab.class, spec -> spec.withId("wb-tab-" + kind)).getLabel();
    }

    private static String cell(int row, String column) {
        return GridKt._getFormatted(grid(), row, column);
    }

    private static String span(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static TextArea textArea(String id) {
        return _get(TextArea.class, spec -> spec.withId(id));
    }

    private static void key(String key) {
        WorkbenchView view = _get(WorkbenchView.class);
        var data = JsonNodeFactory.instance.objectNode().put("event.detail.key", key);
        ElementUtilsKt._fireDomEvent(view.getElement(), new DomEvent(view.getElement(), "wb-key", data));
    }
}
