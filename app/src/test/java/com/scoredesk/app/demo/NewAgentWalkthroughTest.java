package com.scoredesk.app.demo;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.scoredesk.app.KaribuTestBase;
import com.scoredesk.score.LiveScore;
import com.scoredesk.score.LiveScoreService;
import com.scoredesk.scoring.Fraction;
import com.scoredesk.scoring.model.Timestamps;
import com.scoredesk.shop.Shop;
import com.scoredesk.shop.ShopService;
import com.scoredesk.shop.ShopType;
import com.scoredesk.ui.workbench.WorkbenchView;
import com.scoredesk.user.NewUser;
import com.scoredesk.user.Role;
import com.scoredesk.user.UserService;
import com.scoredesk.workbench.WorkItemRefresher;
import com.scoredesk.workbench.WorkItemRow;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.dom.DomEvent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The "done when": a new agent logs in to a shop generated exactly as the demo shops are, works through the five
 * worklists acting on the item at the top of each, and sees the projected score move after every action that changes
 * an outcome of the score (a reply, an agreed after-sale, a courier asked to come). Starting an appeal changes nothing
 * until the platform approves it, and urging a late parcel is not an outcome of the score (spec section 8); both are
 * checked for what they do record.
 */
class NewAgentWalkthroughTest extends KaribuTestBase {

    @Autowired
    DemoActivity demo;

    @Autowired
    LiveScoreService live;

    @Autowired
    JdbcTemplate jdbc;

    private static final String DRAFTS = "SELECT COUNT(*) FROM reviews WHERE shop_id = ? AND appeal_status = 'draft'";

    private long shopId;

    @Test
    void a_new_agent_works_through_the_five_worklists_and_sees_the_projected_score_move() {
        String agent = aDemoShopWithANewAgent();
        login(agent);
        UI.getCurrent().navigate(WorkbenchView.class);
        long drafts = count(DRAFTS);

        // by day the demo's buyers wrote minutes ago: replying and agreeing now is faster than the shop's average, so
        // P(T+1) rises; at night they wrote last evening (reply time capped at 600 s long ago, review hours growing)
        LocalTime time = LocalTime.now(ctx.getBean(Clock.class).withZone(Timestamps.ZONE));
        boolean serviceHours = !time.isBefore(LocalTime.of(8, 0)) && time.isBefore(LocalTime.of(23, 0));
        act("CHAT", serviceHours ? Expect.RISES : Expect.SHOWN, () -> {
            key("template");
            Dialog picker = _get(Dialog.class, spec -> spec.withId("wb-template-picker"));
            GridKt._clickItem(
                    _get(picker, Grid.class, spec -> spec.withId("wb-template-list")),
                    0,
                    0,
                    false,
                    false,
                    false,
                    false);
            key("send");
        });
        act(
                "AFTER_SALE",
                serviceHours ? Expect.RISES : Expect.SHOWN,
                () -> _click(_get(Button.class, spec -> spec.withId("wb-agree"))));
        act("PICKUP", Expect.SHOWN, () -> _click(_get(Button.class, spec -> spec.withId("wb-urge"))));
        act("REVIEW", Expect.NOTHING, () -> _click(_get(Button.class, spec -> spec.withId("wb-appeal"))));
        act("LOGISTICS", Expect.NOTHING, () -> _click(_get(Button.class, spec -> spec.withId("wb-urge"))));

        assertThat(count("SELECT COUNT(*) FROM chat_reply WHERE shop_id = ?")).isEqualTo(1);
        assertThat(count(DRAFTS)).isEqualTo(drafts + 1);
        assertThat(count("SELECT COUNT(*) FROM orders WHERE shop_id = ? AND courier_urged_at IS NOT NULL"))
                .isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE shop_id = ?")).isGreaterThanOrEqualTo(10);
    }

    /** What an action does to the projected score P(T+1), and what the test checks of it. */
    private enum Expect {
        /** A fresh reply or agreement enters tomorrow's window, faster than the shop's average: P(T+1) rises. */
        RISES,
        /**
         * The data changed and the recomputed projection is shown; how much it moves depends on the time of day (an
         * urged pickup counts in P(T+1) only when it is expected before tomorrow 00:00, spec section 8).
         */
        SHOWN,
        /** Starting an appeal changes nothing until the platform approves it; a parcel in transit has no outcome. */
        NOTHING
    }

    /**
     * Opens the top item of tab {@code kind}, claims it, runs {@code action}, and checks what the score panel shows
     * afterwards: a new projection, pushed to this screen without a reload, that moved as {@code expect} says.
     */
    private void act(String kind, Expect expect, Runnable action) {
        _get(Tabs.class, spec -> spec.withId("wb-tabs"))
                .setSelectedTab(_get(Tab.class, spec -> spec.withId("wb-tab-" + kind)));
        Grid<WorkItemRow> grid = grid();
        assertThat(GridKt._fetch(grid, 0, 1))
                .as(kind + " has work on the demo data")
                .isNotEmpty();
        WorkItemRow top = GridKt._get(grid, 0);
        GridKt._clickItem(grid, 0, 0, false, false, false, false);
        _click(_get(Button.class, spec -> spec.withId("wb-claim")));
        assertThat(span("wb-detail-state")).startsWith("已认领");

        LiveScore before = live.currentUnchecked(shopId);
        String shownBefore = span("wb-score-projected");
        action.run();
        if (expect == Expect.NOTHING) {
            return;
        }
        LiveScore after = awaitNewProjection(before.computedAt());
        assertThat(span("wb-score-projected"))
                .as(kind + ": the panel shows the recomputed projection")
                .isEqualTo(exact(live.currentUnchecked(shopId))
                        .toBigDecimal(2, RoundingMode.HALF_UP)
                        .toPlainString());
        if (expect == Expect.RISES) {
            assertThat(top.impact())
                    .as(kind + ": acting on the top item is worth points")
                    .isPositive();
            Fraction rise = exact(after).subtract(exact(before));
            assertThat(rise.signum()).as(kind + ": the projected score rises").isPositive();
            if (rise.toBigDecimal(4, RoundingMode.HALF_UP).compareTo(new BigDecimal("0.01")) >= 0) {
                assertThat(span("wb-score-projected")).isNotEqualTo(shownBefore);
            }
        }
    }

    /** Waits for the live score to be recomputed after the action, running the pushes it sends to this UI. */
    private LiveScore awaitNewProjection(Instant computedBefore) {
        long until = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < until) {
            MockVaadin.clientRoundtrip(false);
            LiveScore now = live.currentUnchecked(shopId);
            if (now.computedAt().isAfter(computedBefore)) {
                MockVaadin.clientRoundtrip(false);
                return now;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the live score was not recomputed within 20 s");
    }

    private String aDemoShopWithANewAgent() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        shopId = ctx.getBean(ShopService.class)
                .registerUnchecked(new Shop("WALK-" + tag, "新人演练店 " + tag, "茶", ShopType.NON_FLAGSHIP))
                .id();
        demo.fillIfEmpty(shopId, new DemoShop("WALK-" + tag, DemoShop.TEA.orders(), DemoShop.TEA.trouble(), 3, 7L));
        ctx.getBean(WorkItemRefresher.class).refreshUnchecked(shopId);
        String agent = "walk-" + tag;
        ctx.getBean(UserService.class)
                .createInitialUser(
                        new NewUser(agent, "新人 " + tag, "walkthrough-secret", Set.of(Role.AGENT), Set.of(shopId)));
        return agent;
    }

    private static Fraction exact(LiveScore score) {
        return Objects.requireNonNull(score.projected().exactTotal());
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class, shopId);
        return n == null ? 0 : n;
    }

    @SuppressWarnings("unchecked")
    private static Grid<WorkItemRow> grid() {
        return _get(Grid.class, spec -> spec.withId("wb-grid"));
    }

    private static String span(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    private static void key(String key) {
        WorkbenchView view = _get(WorkbenchView.class);
        var data = JsonNodeFactory.instance.objectNode().put("event.detail.key", key);
        ElementUtilsKt._fireDomEvent(view.getElement(), new DomEvent(view.getElement(), "wb-key", data));
    }
}
