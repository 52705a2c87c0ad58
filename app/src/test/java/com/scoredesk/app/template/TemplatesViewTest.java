package com.scoredesk.app.template;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.scoredesk.activity.ActivityBatch;
import com.scoredesk.activity.OrderDisplay;
import com.scoredesk.activity.OrderRow;
import com.scoredesk.activity.ShopActivityService;
import com.scoredesk.app.KaribuTestBase;
import com.scoredesk.compliance.RuleDetail;
import com.scoredesk.shop.ShopService;
import com.scoredesk.shop.ShopSummary;
import com.scoredesk.template.CareCandidate;
import com.scoredesk.template.OrderChoice;
import com.scoredesk.template.SignOffCareService;
import com.scoredesk.template.TemplateCategory;
import com.scoredesk.template.TemplateSummary;
import com.scoredesk.ui.layout.SelectedShop;
import com.scoredesk.ui.template.TemplatesView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** 话术模板 as agents and administrators use it, on the demo fashion shop plus a freshly signed order. */
class TemplatesViewTest extends KaribuTestBase {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    ShopService shops;

    @Autowired
    ShopActivityService activity;

    @Autowired
    SignOffCareService care;

    @Autowired
    SelectedShop selectedShop;

    @Autowired
    Clock clock;

    ShopSummary fashion;
    String orderId;

    @BeforeEach
    void an_order_signed_an_hour_ago() {
        login("admin");
        fashion = shops.visibleShops().stream()
                .filter(shop -> shop.code().equals("DEMO-FASHION"))
                .findFirst()
                .orElseThrow();
        logout();
        int n = SEQUENCE.incrementAndGet();
        orderId = "KT-TPL-O-" + n;
        Instant now = clock.instant();
        activity.insertUnchecked(
                fashion.id(),
                new ActivityBatch(
                        List.of(new OrderRow(
                                orderId,
                                now.minus(Duration.ofDays(3)),
                                new BigDecimal("199.00"),
                                false,
                                false,
                                false,
                                false,
                                false,
                                null,
                                false,
                                "浙江",
                                "上海",
                                now.minus(Duration.ofDays(2)),
                                null,
                                now.minus(Duration.ofHours(1)),
                                false,
                                false,
                                false,
                                false,
                                false,
                                false,
                                new OrderDisplay(
                                        "KT-B" + n, "模板买家" + n, "真丝衬衫", "白色 S", 1, "顺丰速运", "SF-KT-" + n, Map.of()))),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of()));
    }

    @Test
    void an_agent_finds_the_team_library_and_narrows_it_by_category_and_search() {
        openTemplatesAs("agent");

        assertThat(titles()).contains("欢迎语", "已发货通知");
        select(_get(Select.class, spec -> spec.withId("template-category")), TemplateCategory.SIGN_OFF_CARE);
        assertThat(GridKt._findAll(grid())).isNotEmpty().allMatch(t -> t.category() == TemplateCategory.SIGN_OFF_CARE);
        _get(TextField.class, spec -> spec.withId("template-search")).setValue("茶叶");
        assertThat(titles()).containsExactly("签收关怀（茶叶冲泡）");
    }

    @Test
    void an_unknown_variable_is_pointed_out_by_position_and_a_fixed_personal_template_is_saved() {
        openTemplatesAs("agent");
        _click(_get(Button.class, spec -> spec.withId("template-create")));
        _get(TextField.class, spec -> spec.withId("template-title")).setValue("卡里布测试模板");
        TextArea body = _get(TextArea.class, spec -> spec.withId("template-body"));

        body.setValue("亲，{快递单号}已发出");
        assertThat(_get(Div.class, spec -> spec.withId("template-problems"))
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("第 3 个字符：未知变量「快递单号」");

        body.setValue("{买家昵称|亲}，您的{运单号}已发出");
        _click(_get(Button.class, spec -> spec.withId("template-save")));

        assertThat(NotificationsKt.getNotifications())
                .extracting(n -> message(n))
                .contains("已保存模板「卡里布测试模板」");
        _get(TextField.class, spec -> spec.withId("template-search")).setValue("卡里布测试模板");
        assertThat(GridKt._findAll(grid())).singleElement().satisfies(t -> assertThat(t.editable())
                .isTrue());
    }

    @Test
    void the_preview_fills_a_template_from_a_real_order_of_the_shop() {
        openTemplatesAs("agent");
        _get(TextField.class, spec -> spec.withId("template-search")).setValue("已发货通知");
        openFirstRow();
        @SuppressWarnings("unchecked")
        ComboBox<OrderChoice> order = _get(ComboBox.class, spec -> spec.withId("template-preview-order"));

        order.setValue(new OrderChoice(orderId, null, null, null));

        assertThat(_get(Paragraph.class, spec -> spec.withId("template-preview"))
                        .getText())
                .contains("模板买家", orderId, "顺丰速运", "SF-KT-");
    }

    @Test
    void the_compliance_check_stops_asking_the_buyer_to_change_the_refund_reason() {
        openTemplatesAs("agent");
        _get(TabSheet.class, spec -> spec.withId("templates-tabs")).setSelectedIndex(2);
        _get(TextArea.class, spec -> spec.withId("compliance-try")).setValue("麻烦亲把退款原因改成不想要");

        _click(_get(Button.class, spec -> spec.withId("compliance-check")));

        String found = _get(Div.class, spec -> spec.withId("compliance-hits"))
                .getElement()
                .getTextRecursively();
        assertThat(found).contains("不能发送", "引导买家修改售后原因", "「原因改成不想要」在第 7 个字符", "建议改为");
        assertThat(_find(Button.class, spec -> spec.withId("rule-create"))).isEmpty();
    }

    @Test
    void an_administrator_cannot_save_a_rule_whose_examples_fail() {
        openTemplatesAs("admin");
        _get(TabSheet.class, spec -> spec.withId("templates-tabs")).setSelectedIndex(2);
        _click(_get(Button.class, spec -> spec.withId("rule-create")));
        _get(TextField.class, spec -> spec.withId("rule-code")).setValue("kt-too-broad");
        _get(TextField.class, spec -> spec.withId("rule-name")).setValue("过宽的规则");
        _get(TextArea.class, spec -> spec.withId("rule-keywords")).setValue("退款原因");
        _get(TextArea.class, spec -> spec.withId("rule-explanation")).setValue("说明");
        _get(TextArea.class, spec -> spec.withId("rule-suggestion")).setValue("建议");
        _get(TextArea.class, spec -> spec.withId("rule-hit-cases")).setValue("把退款原因改成不想要");
        _get(TextArea.class, spec -> spec.withId("rule-miss-cases")).setValue("请问您的退款原因是什么");

        _click(_get(Button.class, spec -> spec.withId("rule-save")));

        assertThat(_get(Div.class, spec -> spec.withId("rule-report"))
                        .getElement()
                        .getTextRecursively())
                .contains("例句被误判为违规：请问您的退款原因是什么");
        @SuppressWarnings("unchecked")
        Grid<RuleDetail> rules = _get(Grid.class, spec -> spec.withId("rule-grid"));
        assertThat(GridKt._findAll(rules)).extracting(RuleDetail::code).doesNotContain("kt-too-broad");
    }

    @Test
    void a_freshly_signed_order_gets_its_care_message_once() {
        openTemplatesAs("agent");
        _get(TabSheet.class, spec -> spec.withId("templates-tabs")).setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        Grid<CareCandidate> pending = _get(Grid.class, spec -> spec.withId("care-grid"));
        pending.select(GridKt._findAll(pending).stream()
                .filter(c -> c.orderId().equals(orderId))
                .findFirst()
                .orElseThrow());
        assertThat(_get(TextArea.class, spec -> spec.withId("care-message")).getValue())
                .contains("模板买家");

        _click(_get(Button.class, spec -> spec.withId("care-send")));

        assertThat(GridKt._findAll(pending)).extracting(CareCandidate::orderId).doesNotContain(orderId);
    }

    @Test
    void a_user_of_another_shop_cannot_reach_this_shops_orders_or_care_list() {
        openTemplatesAs("agent2");

        assertThatThrownBy(() -> care.pending(fashion.id(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> care.markSent(fashion.id(), orderId, null, "您好", false))
                .isInstanceOf(AccessDeniedException.class);
        _get(TabSheet.class, spec -> spec.withId("templates-tabs")).setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        Grid<CareCandidate> pending = _get(Grid.class, spec -> spec.withId("care-grid"));
        assertThat(GridKt._findAll(pending)).extracting(CareCandidate::orderId).doesNotContain(orderId);
    }

    private void openTemplatesAs(String username) {
        login(username);
        shops.visibleShops().stream()
                .filter(shop -> shop.id() == fashion.id())
                .findFirst()
                .ifPresent(selectedShop::select);
        UI.getCurrent().navigate(TemplatesView.class);
    }

    @SuppressWarnings("unchecked")
    private Grid<TemplateSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("template-grid"));
    }

    private List<String> titles() {
        return GridKt._findAll(grid()).stream().map(TemplateSummary::title).toList();
    }

    private void openFirstRow() {
        GridKt._clickItem(grid(), 0, 1, false, false, false, false);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void select(Select select, Object value) {
        select.setValue(value);
    }

    /** The text of a notification shown with {@code Notification.show(text)}. */
    private static String message(Notification notification) {
        String text = notification.getElement().getProperty("text", "");
        return text.isEmpty() ? notification.getElement().getTextRecursively() : text;
    }
}
