package com.scoredesk.app.appeal;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.scoredesk.activity.ActivityBatch;
import com.scoredesk.activity.LogisticsEventRow;
import com.scoredesk.activity.OrderDisplay;
import com.scoredesk.activity.OrderRow;
import com.scoredesk.activity.ReviewRow;
import com.scoredesk.activity.ShopActivityService;
import com.scoredesk.app.KaribuTestBase;
import com.scoredesk.appeal.AppealService;
import com.scoredesk.appeal.AppealSummary;
import com.scoredesk.appeal.AppealableReview;
import com.scoredesk.appeal.AppealableReviewService;
import com.scoredesk.scoring.model.AppealStatus;
import com.scoredesk.scoring.model.LogisticsAnomaly;
import com.scoredesk.scoring.model.LogisticsNode;
import com.scoredesk.shop.ShopService;
import com.scoredesk.shop.ShopSummary;
import com.scoredesk.ui.appeal.AppealsView;
import com.scoredesk.ui.layout.SelectedShop;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
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

/** 差评申诉 as an agent uses it, on a 1-star review whose parcel sat in 中转超时 (crafted in the demo fashion shop). */
class AppealsViewTest extends KaribuTestBase {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    ShopService shops;

    @Autowired
    ShopActivityService activity;

    @Autowired
    AppealableReviewService appealable;

    @Autowired
    AppealService appeals;

    @Autowired
    SelectedShop selectedShop;

    @Autowired
    Clock clock;

    ShopSummary fashion;
    String reviewId;

    @BeforeEach
    void a_one_star_review_whose_parcel_sat_in_transit_timeout() {
        login("admin");
        fashion = shops.visibleShops().stream()
                .filter(shop -> shop.code().equals("DEMO-FASHION"))
                .findFirst()
                .orElseThrow();
        logout();
        int n = SEQUENCE.incrementAndGet();
        String orderId = "KT-APPEAL-O-" + n;
        reviewId = "KT-APPEAL-R-" + n;
        Instant now = clock.instant();
        OrderRow order = new OrderRow(
                orderId,
                now.minus(Duration.ofDays(5)),
                new BigDecimal("299.00"),
                false,
                false,
                false,
                false,
                false,
                null,
                false,
                "浙江",
                "上海",
                now.minus(Duration.ofDays(5)).plus(Duration.ofHours(3)),
                null,
                now.minus(Duration.ofDays(2)),
                false,
                false,
                false,
                false,
                false,
                false,
                new OrderDisplay("KT-B" + n, "卡里布买家" + n, "羊绒大衣", "驼色 M", 1, "中通快递", "ZT-KT-" + n, Map.of()));
        ReviewRow review = new ReviewRow(
                reviewId, orderId, now.minus(Duration.ofHours(2)), 1, 1, 3, "等了好久才到，很失望", false, AppealStatus.NONE);
        LogisticsEventRow timeout = new LogisticsEventRow(
                orderId,
                now.minus(Duration.ofDays(4)),
                LogisticsNode.IN_TRANSIT,
                LogisticsAnomaly.TRANSIT_TIMEOUT,
                "杭州转运中心");
        activity.insertUnchecked(
                fashion.id(),
                new ActivityBatch(
                        List.of(order),
                        List.of(),
                        List.of(review),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(timeout)));
    }

    @Test
    void an_agent_files_an_appeal_with_the_transit_timeout_filled_in_and_records_its_approval() {
        openAppealsAs("agent");
        select(reviewId);

        assertThat(text(_get(UnorderedList.class, spec -> spec.withId("appeal-evidence"))))
                .contains("中转超时", "杭州转运中心");
        _click(_get(Button.class, spec -> spec.withId("appeal-start")));
        TextArea draft = _get(TextArea.class, spec -> spec.withId("appeal-text"));
        assertThat(draft.getValue()).contains("中转超时（杭州转运中心）").contains("中通快递");
        assertThat(_get(Span.class, spec -> spec.withId("appeal-length")).getText())
                .endsWith("/ 200 字");

        _click(_get(Button.class, spec -> spec.withId("appeal-submit")));

        assertThat(NotificationsKt.getNotifications())
                .extracting(n -> message(n))
                .contains("已提交申诉，平台结果出来后请在“申诉记录”中登记");
        assertThat(rows()).extracting(AppealableReview::reviewId).doesNotContain(reviewId);
        _get(TabSheet.class, spec -> spec.withId("appeals-tabs")).setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        Grid<AppealSummary> records = _get(Grid.class, spec -> spec.withId("appeal-records"));
        AppealSummary submitted = GridKt._findAll(records).stream()
                .filter(a -> a.reviewId().equals(reviewId))
                .findFirst()
                .orElseThrow();
        assertThat(submitted.status()).isEqualTo(AppealStatus.SUBMITTED);
        assertThat(submitted.submittedBy()).isEqualTo("客服 小周");
        records.select(submitted);
        _click(_get(Button.class, spec -> spec.withId("appeal-approve")));

        assertThat(appealable.review(fashion.id(), reviewId).orElseThrow().appealStatus())
                .isEqualTo(AppealStatus.APPROVED);
    }

    @Test
    void when_another_agent_submitted_first_the_agent_is_told_who_and_nothing_is_overwritten() {
        openAppealsAs("agent");
        select(reviewId);
        _click(_get(Button.class, spec -> spec.withId("appeal-start")));
        login("supervisor");
        AppealSummary draft = appeals.appeals(fashion.id(), AppealStatus.DRAFT, 0, 100).stream()
                .filter(a -> a.reviewId().equals(reviewId))
                .findFirst()
                .orElseThrow();
        appeals.submit(fashion.id(), draft.id(), draft.version(), false);
        login("agent");
        NotificationsKt.clearNotifications();

        _click(_get(Button.class, spec -> spec.withId("appeal-submit")));

        assertThat(NotificationsKt.getNotifications())
                .extracting(n -> message(n))
                .anyMatch(message -> message.contains("客服主管 李娜") && message.contains("已提交"));
        assertThat(appeals.appeal(fashion.id(), draft.id()).submittedBy()).isEqualTo("客服主管 李娜");
    }

    @Test
    void an_open_appeals_view_follows_another_agents_submission_without_a_reload() {
        openAppealsAs("agent");
        Tab open = _get(Tab.class, spec -> spec.withId("appeals-tab-open"));
        long before = appealable.count(fashion.id());
        assertThat(open.getLabel()).isEqualTo("可申诉（" + before + "）");
        login("supervisor");
        AppealSummary draft = appeals.startDraft(fashion.id(), reviewId);
        appeals.submit(fashion.id(), draft.id(), draft.version(), false);
        login("agent");

        MockVaadin.clientRoundtrip(false);

        assertThat(open.getLabel()).isEqualTo("可申诉（" + (before - 1) + "）");
        assertThat(rows()).extracting(AppealableReview::reviewId).doesNotContain(reviewId);
    }

    @Test
    void a_user_of_another_shop_neither_sees_nor_reaches_the_review() {
        openAppealsAs("agent2");

        assertThat(rows()).extracting(AppealableReview::reviewId).doesNotContain(reviewId);
        assertThatThrownBy(() -> appealable.find(fashion.id(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> appeals.startDraft(fashion.id(), reviewId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_agent_reads_the_force_majeure_records_but_cannot_add_them() {
        openAppealsAs("agent");
        _get(TabSheet.class, spec -> spec.withId("appeals-tabs")).setSelectedIndex(3);

        assertThat(_find(Button.class, spec -> spec.withId("fm-add"))).isEmpty();
        _get(Grid.class, spec -> spec.withId("force-majeure-grid"));
    }

    @Test
    void a_supervisor_records_force_majeure_for_a_region_and_period() {
        openAppealsAs("supervisor");
        _get(TabSheet.class, spec -> spec.withId("appeals-tabs")).setSelectedIndex(3);

        assertThat(_find(Button.class, spec -> spec.withId("fm-add"))).hasSize(1);
        _click(_get(Button.class, spec -> spec.withId("fm-add")));
        assertThat(NotificationsKt.getNotifications())
                .extracting(n -> message(n))
                .contains("请填写省份、起止日期（结束不早于开始）和事件。");
    }

    private void openAppealsAs(String username) {
        login(username);
        shops.visibleShops().stream()
                .filter(shop -> shop.id() == fashion.id())
                .findFirst()
                .ifPresent(selectedShop::select);
        UI.getCurrent().navigate(AppealsView.class);
    }

    @SuppressWarnings("unchecked")
    private Grid<AppealableReview> grid() {
        return _get(Grid.class, spec -> spec.withId("appeal-grid"));
    }

    private List<AppealableReview> rows() {
        return GridKt._findAll(grid());
    }

    private void select(String id) {
        grid().select(rows().stream()
                .filter(r -> r.reviewId().equals(id))
                .findFirst()
                .orElseThrow());
    }

    private static String text(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }

    /** The text of a notification shown with {@code Notification.show(text)}. */
    private static String message(Notification notification) {
        String text = notification.getElement().getProperty("text", "");
        return text.isEmpty() ? notification.getElement().getTextRecursively() : text;
    }
}
