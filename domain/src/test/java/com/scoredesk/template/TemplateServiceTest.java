package com.scoredesk.template;

import static com.scoredesk.template.support.TestWorld.at;
import static com.scoredesk.template.support.TestWorld.batch;
import static com.scoredesk.template.support.TestWorld.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoredesk.activity.AfterSaleRow;
import com.scoredesk.compliance.ComplianceBlockedException;
import com.scoredesk.scoring.model.AfterSaleStatus;
import com.scoredesk.scoring.model.AfterSaleType;
import com.scoredesk.scoring.model.ReasonCategory;
import com.scoredesk.template.support.ServiceTest;
import com.scoredesk.user.Role;
import com.scoredesk.user.UserSummary;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class TemplateServiceTest extends ServiceTest {

    @Autowired
    TemplateService templates;

    long shop;
    long otherShop;
    UserSummary agent;
    UserSummary lead;

    @BeforeEach
    void a_shop_with_an_agent_and_a_supervisor() {
        shop = world.shop();
        otherShop = world.shop();
        agent = world.user(Role.AGENT, shop);
        lead = world.user(Role.SUPERVISOR, shop, otherShop);
    }

    @Test
    void the_team_library_is_seeded_with_templates_of_every_category() {
        world.login(agent);

        for (TemplateCategory category : TemplateCategory.values()) {
            assertThat(templates.count(shop, TemplateFilter.of(category)))
                    .as(category.name())
                    .isPositive();
        }
        assertThat(templates.count(shop, new TemplateFilter(null, TemplateScope.TEAM, "")))
                .isGreaterThanOrEqualTo(20);
    }

    @Test
    void a_shop_template_shows_in_its_shop_only_and_a_personal_one_to_its_owner_only() {
        world.login(lead);
        templates.save(shop, TemplateDraft.create("店铺专用问候", "欢迎来到本店", TemplateCategory.PRE_SALE, TemplateScope.SHOP));
        world.login(agent);
        templates.save(
                shop, TemplateDraft.create("我的问候", "我的专属问候语", TemplateCategory.PRE_SALE, TemplateScope.PERSONAL));

        assertThat(titles(shop, "问候")).containsExactlyInAnyOrder("店铺专用问候", "我的问候");
        world.login(lead);
        assertThat(titles(shop, "问候")).containsExactly("店铺专用问候");
        assertThat(titles(otherShop, "问候")).isEmpty();
    }

    @Test
    void search_finds_words_in_the_title_or_the_body_and_the_category_narrows_it() {
        world.login(agent);
        templates.save(
                shop, TemplateDraft.create("冷门标题甲", "正文里有独角兽一词", TemplateCategory.AFTER_SALE, TemplateScope.PERSONAL));

        assertThat(titles(shop, "独角兽")).containsExactly("冷门标题甲");
        assertThat(titles(shop, "冷门标题")).containsExactly("冷门标题甲");
        assertThat(templates.find(shop, new TemplateFilter(TemplateCategory.SHIPPING, null, "独角兽"), 0, 10))
                .isEmpty();
        assertThat(templates.count(shop, TemplateFilter.all().withSearch("独角兽")))
                .isOne();
        assertThat(titles(shop, "100%_")).isEmpty();
    }

    @Test
    void an_agent_may_keep_personal_templates_but_not_change_the_team_library() {
        world.login(agent);
        TemplateSummary team = templates
                .find(shop, new TemplateFilter(null, TemplateScope.TEAM, ""), 0, 1)
                .getFirst();

        assertThat(team.editable()).isFalse();
        assertThatThrownBy(() -> templates.save(
                        shop, TemplateDraft.create("团队模板", "正文", TemplateCategory.PRE_SALE, TemplateScope.TEAM)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.delete(shop, team.id(), team.version()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void saving_refuses_an_unknown_variable_and_says_where_it_is() {
        world.login(agent);

        assertThatThrownBy(() -> templates.save(
                        shop,
                        TemplateDraft.create("坏模板", "亲，{快递单号}已发出", TemplateCategory.SHIPPING, TemplateScope.PERSONAL)))
                .isInstanceOfSatisfying(TemplateSyntaxException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(problem -> {
                        assertThat(problem.token()).isEqualTo("快递单号");
                        assertThat(problem.offset()).isEqualTo(2);
                    });
                });
        assertThat(titles(shop, "坏模板")).isEmpty();
    }

    @Test
    void saving_refuses_text_that_a_blocking_compliance_rule_hits() {
        world.login(agent);

        assertThatThrownBy(() -> templates.save(
                        shop,
                        TemplateDraft.create(
                                "改原因", "麻烦亲把退款原因改成不想要", TemplateCategory.AFTER_SALE, TemplateScope.PERSONAL)))
                .isInstanceOfSatisfying(ComplianceBlockedException.class, e -> assertThat(
                                e.result().blocking())
                        .extracting(hit -> hit.code())
                        .contains("after-sale-reason"));
    }

    @Test
    void an_edit_based_on_an_old_version_is_refused() {
        world.login(agent);
        TemplateSummary saved = templates.save(
                shop, TemplateDraft.create("版本", "第一版", TemplateCategory.PRE_SALE, TemplateScope.PERSONAL));
        templates.save(
                shop,
                new TemplateDraft(
                        saved.id(),
                        saved.version(),
                        "版本",
                        "第二版",
                        TemplateCategory.PRE_SALE,
                        TemplateScope.PERSONAL,
                        null));

        assertThatThrownBy(() -> templates.save(
                        shop,
                        new TemplateDraft(
                                saved.id(),
                                saved.version(),
                                "版本",
                                "第三版",
                                TemplateCategory.PRE_SALE,
                                TemplateScope.PERSONAL,
                                null)))
                .isInstanceOf(StaleTemplateException.class);
        assertThat(templates.get(shop, saved.id()).body()).isEqualTo("第二版");
    }

    @Test
    void using_a_template_counts_the_use_and_the_most_used_comes_first() {
        world.login(agent);
        TemplateSummary rare = templates.save(
                shop, TemplateDraft.create("计数甲", "计数测试", TemplateCategory.PRE_SALE, TemplateScope.PERSONAL));
        TemplateSummary popular = templates.save(
                shop, TemplateDraft.create("计数乙", "计数测试", TemplateCategory.PRE_SALE, TemplateScope.PERSONAL));

        templates.use(shop, popular.id(), TemplateValues.empty());
        templates.use(shop, popular.id(), TemplateValues.empty());
        templates.render(shop, rare.id(), TemplateValues.empty());

        assertThat(templates.get(shop, popular.id()).usageCount()).isEqualTo(2);
        assertThat(templates.get(shop, rare.id()).usageCount()).isZero();
        assertThat(titles(shop, "计数测试")).containsExactly("计数乙", "计数甲");
    }

    @Test
    void the_best_template_for_a_tag_is_the_most_used_written_for_it_else_the_most_used_without_a_tag() {
        world.login(agent);
        assertThat(templates.best(shop, TemplateCategory.APPEAL, "other")).isEmpty();
        TemplateSummary general = templates.save(
                shop, TemplateDraft.create("通用申诉", "申诉理由：{证据}", TemplateCategory.APPEAL, TemplateScope.PERSONAL));

        assertThat(templates.best(shop, TemplateCategory.APPEAL, "other"))
                .map(TemplateSummary::id)
                .contains(general.id());
        assertThat(templates.best(shop, TemplateCategory.APPEAL, "logistics_anomaly"))
                .map(TemplateSummary::title)
                .contains("申诉：物流异常");
    }

    @Test
    void an_order_fills_the_variables_and_the_latest_after_sale_its_type_and_amount() {
        world.insert(
                shop,
                batch(
                        List.of(order("O-VAL")
                                .buyer("小红")
                                .product("真丝连衣裙")
                                .parcel("中通快递", "ZT998877")
                                .promised("2026-11-12 18:00:00")
                                .pickedUp("2026-11-11 09:00:00")
                                .signed("2026-11-14 15:30:00")
                                .build()),
                        List.of(
                                afterSale("AS-OLD", "O-VAL", "2026-11-15 09:00:00", "10.00"),
                                afterSale("AS-NEW", "O-VAL", "2026-11-16 09:00:00", "59.9")),
                        List.of(),
                        List.of()));
        world.login(agent);

        TemplateValues values = templates.valuesForOrder(shop, "O-VAL");
        TemplateSummary shipped = templates
                .find(shop, TemplateFilter.all().withSearch("已发货通知"), 0, 1)
                .getFirst();

        assertThat(values.values())
                .containsEntry(TemplateVariable.ORDER_ID, "O-VAL")
                .containsEntry(TemplateVariable.BUYER_NICKNAME, "小红")
                .containsEntry(TemplateVariable.WAYBILL_NO, "ZT998877")
                .containsEntry(TemplateVariable.PROMISED_SHIP_BY, "11月12日 18:00")
                .containsEntry(TemplateVariable.SIGNED_AT, "11月14日 15:30")
                .containsEntry(TemplateVariable.AFTER_SALE_TYPE, "已发货仅退款")
                .containsEntry(TemplateVariable.REFUND_AMOUNT, "59.90元")
                .containsEntry(TemplateVariable.AGENT_NAME, agent.displayName())
                .containsKey(TemplateVariable.SHOP_NAME);
        assertThat(templates.render(shop, shipped.id(), values).text())
                .isEqualTo("小红，您的订单O-VAL已经发货啦，中通快递单号ZT998877，请留意物流信息并保持电话畅通～");
    }

    @Test
    void orders_to_preview_on_are_the_shops_own_newest_first_and_searchable() {
        world.insert(
                shop,
                batch(
                        List.of(
                                order("P-OLD")
                                        .paid("2026-11-01 10:00:00")
                                        .buyer("阿紫")
                                        .build(),
                                order("P-NEW")
                                        .paid("2026-11-18 10:00:00")
                                        .buyer("阿青")
                                        .build()),
                        List.of(),
                        List.of(),
                        List.of()));
        world.insert(otherShop, batch(List.of(order("P-OTHER").build()), List.of(), List.of(), List.of()));
        world.login(agent);

        assertThat(templates.orderChoices(shop, "", 0, 10))
                .extracting(OrderChoice::orderId)
                .containsExactly("P-NEW", "P-OLD");
        assertThat(templates.orderChoices(shop, "阿紫", 0, 10))
                .extracting(OrderChoice::orderId)
                .containsExactly("P-OLD");
        assertThat(templates.countOrderChoices(shop, "p-")).isEqualTo(2);
    }

    @Test
    void a_user_cannot_reach_the_templates_or_orders_of_a_shop_they_are_not_assigned_to() {
        world.login(agent);

        assertThatThrownBy(() -> templates.find(otherShop, TemplateFilter.all(), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.orderChoices(otherShop, "", 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.valuesForOrder(otherShop, "P-OTHER"))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<String> titles(long shopId, String search) {
        return templates.find(shopId, TemplateFilter.all().withSearch(search), 0, 50).stream()
                .map(TemplateSummary::title)
                .toList();
    }

    private static AfterSaleRow afterSale(String id, String orderId, String appliedAt, String amount) {
        return new AfterSaleRow(
                id,
                orderId,
                AfterSaleType.REFUND_SHIPPED,
                at(appliedAt),
                ReasonCategory.LOGISTICS_QUALITY,
                "物流太慢",
                null,
                null,
                null,
                null,
                null,
                AfterSaleStatus.PENDING,
                false,
                false,
                false,
                false,
                null,
                new BigDecimal(amount),
                Map.of());
    }
}
