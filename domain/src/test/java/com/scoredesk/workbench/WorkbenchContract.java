package com.scoredesk.workbench;

import static com.scoredesk.testing.Times.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoredesk.audit.AuditEntry;
import com.scoredesk.audit.AuditLog;
import com.scoredesk.compliance.ComplianceBlockedException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the workbench must do on every database we support: find the open work of each kind with its deadline, page
 * it by impact, count it, and let exactly one of two agents win an item. Subclasses pick the database.
 */
@DataJpaTest(
        properties = {"spring.jpa.hibernate.ddl-auto=validate", "scoredesk.workbench.background=false"},
        showSql = false)
@Import(WorkbenchTestConfiguration.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@RecordApplicationEvents
abstract class WorkbenchContract {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    WorkbenchService workbench;

    @Autowired
    WorkItemActions actions;

    @Autowired
    WorkItemBulkActions bulk;

    @Autowired
    WorkItemRefresher refresher;

    @Autowired
    AuditLog audit;

    @Autowired
    com.scoredesk.kpi.TeamKpiService teamKpis;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    ApplicationEvents events;

    TestData data;
    long fashion;
    long tea;
    long agent;
    long agent2;
    long lead;

    @BeforeEach
    void two_shops_and_their_team() {
        clock.set(at(WorkbenchTestConfiguration.NOW));
        data = new TestData(jdbc);
        fashion = data.shop("S1", "澜衣女装旗舰店", "女装");
        tea = data.shop("S2", "山野茶铺", "茶");
        agent = data.user("agent", "客服 小周", "AGENT", fashion, tea);
        agent2 = data.user("agent2", "客服 小陈", "AGENT", fashion);
        lead = data.user("lead", "主管 李娜", "SUPERVISOR", fashion, tea);
        data.user("outsider", "客服 小王", "AGENT", tea);
        data.login("agent");
    }

    @AfterEach
    void log_out() {
        TestData.logout();
    }

    // ---- finding open work -------------------------------------------------------------------------------------

    @Test
    void an_unanswered_round_in_service_hours_is_due_three_minutes_after_the_buyer_wrote() {
        long morning = data.session(fashion, "C1", "O1", "2026-11-20 09:50:00");
        long round = data.round(fashion, morning, "2026-11-20 09:58:00");
        long early = data.session(fashion, "C0", null, "2026-11-20 07:20:00");
        data.round(fashion, early, "2026-11-20 07:30:00");
        long answered = data.session(fashion, "C2", null, "2026-11-20 09:00:00");
        jdbc.update(
                "UPDATE im_rounds SET human_reply_at = ? WHERE id = ?",
                TestData.utc(at("2026-11-20 09:01:00")),
                data.round(fashion, answered, "2026-11-20 09:00:30"));

        refresher.refreshUnchecked(fashion);

        List<WorkItemRow> chats = tab(WorkItemKind.CHAT, fashion);
        assertThat(chats).singleElement().satisfies(row -> {
            assertThat(row.orderId()).isEqualTo("O1");
            assertThat(row.openedAt()).isEqualTo(at("2026-11-20 09:58:00"));
            assertThat(row.deadline()).isEqualTo(at("2026-11-20 10:01:00"));
            assertThat(row.state()).isEqualTo(WorkItemState.NEW);
            assertThat(row.shopName()).isEqualTo("澜衣女装旗舰店");
        });
        assertThat(jdbc.queryForObject("SELECT source_id FROM work_item WHERE shop_id = ?", Long.class, fashion))
                .isEqualTo(round);
    }

    @Test
    void an_after_sale_waiting_for_the_merchant_counts_down_to_the_platforms_decision() {
        data.order(fashion, "O2", "2026-11-18 12:00:00");
        data.afterSale(fashion, "A1", "O2", "refund_shipped", "2026-11-19 23:30:00");
        data.afterSale(
                fashion,
                "A2",
                "O2",
                "return_refund",
                "2026-11-19 10:00:00",
                "agreed_at",
                "2026-11-19 11:00:00",
                "status",
                "agreed");
        data.order(fashion, "O9", "2026-11-20 09:00:00", "extra_columns", "{\"极速退款\":\"是\"}");
        data.afterSale(
                fashion,
                "A3",
                "O9",
                "refund_unshipped",
                "2026-11-20 09:10:00",
                "refund_amount",
                new BigDecimal("50.00"));

        refresher.refreshUnchecked(fashion);

        assertThat(tab(WorkItemKind.AFTER_SALE, fashion)).singleElement().satisfies(row -> {
            assertThat(row.tag()).isEqualTo("refund_shipped");
            // applied at night: the review clock starts at 08:00, and the platform agrees 48 h later
            assertThat(row.deadline()).isEqualTo(at("2026-11-22 08:00:00"));
            assertThat(row.amount()).isEqualByComparingTo("99.00");
        });
    }

    @Test
    void a_bad_first_review_inside_its_appeal_window_comes_with_the_evidence_found() {
        data.order(
                fashion,
                "O3",
                "2026-11-09 20:00:00",
                "picked_up_at",
                "2026-11-10 09:00:00",
                "ship_from_province",
                "浙江",
                "ship_to_province",
                "上海",
                "signed_at",
                "2026-11-16 15:00:00");
        data.trace(fashion, "O3", "2026-11-12 08:00:00", "in_transit", "transit_timeout");
        data.review(fashion, "R1", "O3", "2026-11-18 09:00:00", 1);
        data.review(fashion, "R1b", "O3", "2026-11-19 09:00:00", 2);
        data.order(fashion, "O10", "2026-11-01 10:00:00");
        data.review(fashion, "R2", "O10", "2026-11-18 09:00:00", 3);
        data.order(fashion, "O11", "2026-11-01 10:00:00");
        data.review(fashion, "R3", "O11", "2026-11-10 09:00:00", 1);

        refresher.refreshUnchecked(fashion);

        assertThat(tab(WorkItemKind.REVIEW, fashion)).singleElement().satisfies(row -> {
            assertThat(row.tag()).isEqualTo("1");
            assertThat(row.deadline()).isEqualTo(at("2026-11-25 09:00:00"));
            // due 11-14 23:59:59 (浙江 → 上海: 4 days), signed 11-16: the courier was late
            assertThat(row.evidence()).containsExactly("transit_timeout", "late_delivery");
        });
    }

    @Test
    void an_order_waiting_for_pickup_is_due_by_the_end_of_the_day_after_payment_or_its_presale_date() {
        data.order(fashion, "O4", "2026-11-19 15:00:00");
        data.order(fashion, "O5", "2026-11-19 16:00:00", "is_presale", true, "promised_ship_by", "2026-11-25 12:00:00");
        data.order(
                fashion,
                "O6",
                "2026-11-19 08:00:00",
                "picked_up_at",
                "2026-11-19 18:00:00",
                "ship_from_province",
                "浙江",
                "ship_to_province",
                "浙江");

        refresher.refreshUnchecked(fashion);

        assertThat(tab(WorkItemKind.PICKUP, fashion))
                .extracting(WorkItemRow::orderId, WorkItemRow::deadline)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("O4", at("2026-11-20 23:59:59")),
                        org.assertj.core.groups.Tuple.tuple("O5", at("2026-11-25 12:00:00")));
    }

    @Test
    void a_parcel_with_a_trace_anomaly_or_past_its_delivery_deadline_is_a_logistics_item() {
        data.order(
                fashion,
                "O7",
                "2026-11-17 10:00:00",
                "picked_up_at",
                "2026-11-18 10:00:00",
                "ship_from_province",
                "浙江",
                "ship_to_province",
                "新疆",
                "courier",
                "中通快递",
                "waybill_no",
                "ZT7");
        data.trace(fashion, "O7", "2026-11-19 10:00:00", "in_transit", "delivery_anomaly");
        data.order(
                fashion,
                "O8",
                "2026-11-11 10:00:00",
                "picked_up_at",
                "2026-11-12 10:00:00",
                "ship_from_province",
                "浙江",
                "ship_to_province",
                "上海");
        data.order(
                fashion,
                "O6",
                "2026-11-19 08:00:00",
                "picked_up_at",
                "2026-11-19 18:00:00",
                "ship_from_province",
                "浙江",
                "ship_to_province",
                "浙江");

        refresher.refreshUnchecked(fashion);

        assertThat(tab(WorkItemKind.LOGISTICS, fashion))
                .extracting(WorkItemRow::orderId, WorkItemRow::tag, WorkItemRow::deadline)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("O7", "delivery_anomaly", at("2026-11-24 23:59:59")),
                        org.assertj.core.groups.Tuple.tuple("O8", "late_delivery", at("2026-11-16 23:59:59")));
    }

    // ---- pricing ------------------------------------------------------------------------------------------------

    @Test
    void the_score_engine_prices_every_item_and_a_fresh_round_is_worth_more_than_one_near_the_cost_cap() {
        // a formal-stage shop: 40 valid orders paid and signed in the window, answered chats today
        for (int i = 0; i < 40; i++) {
            String day = "2026-11-%02d".formatted(1 + i % 15);
            data.order(
                    fashion,
                    "F" + i,
                    day + " 10:00:00",
                    "picked_up_at",
                    day + " 20:00:00",
                    "ship_from_province",
                    "浙江",
                    "ship_to_province",
                    "浙江",
                    "signed_at",
                    "2026-11-17 10:00:00");
        }
        for (int i = 0; i < 10; i++) {
            long session = data.session(fashion, "H" + i, "F" + i, "2026-11-20 09:0%d:00".formatted(i));
            long round = data.round(fashion, session, "2026-11-20 09:0%d:10".formatted(i));
            jdbc.update(
                    "UPDATE im_rounds SET human_reply_at = ? WHERE id = ?",
                    TestData.utc(at("2026-11-20 09:0%d:30".formatted(i))),
                    round);
        }
        long fresh = data.session(fashion, "NEW", "F20", "2026-11-20 09:59:00");
        data.round(fashion, fresh, "2026-11-20 09:59:30");
        long old = data.session(fashion, "OLD", "F21", "2026-11-20 09:51:00");
        data.round(fashion, old, "2026-11-20 09:51:40");
        data.afterSale(fashion, "AS1", "F22", "refund_shipped", "2026-11-20 09:00:00");
        data.order(fashion, "WAIT", "2026-11-20 08:00:00");

        refresher.refreshUnchecked(fashion);

        List<WorkItemRow> chats = tab(WorkItemKind.CHAT, fashion);
        assertThat(chats).extracting(WorkItemRow::orderId).containsExactly("F20", "F21");
        assertThat(chats.get(0).impact()).isGreaterThan(chats.get(1).impact());
        assertThat(chats.get(1).impact()).isPositive();
        assertThat(chats.get(0).costStopsAt()).isEqualTo(at("2026-11-20 10:09:30"));
        assertThat(tab(WorkItemKind.AFTER_SALE, fashion).getFirst().impact()).isNotNegative();
        assertThat(tab(WorkItemKind.PICKUP, fashion).getFirst().impact()).isNotNegative();
    }

    // ---- ranking, paging, counting -----------------------------------------------------------------------------

    @Test
    void a_worklist_ranks_by_impact_then_deadline_and_its_pages_never_overlap() {
        List<Long> ids = pickups(fashion, 7);
        setImpact(ids.get(0), "0.10");
        setImpact(ids.get(1), "0.42");
        setImpact(ids.get(2), "0.42");
        setImpact(ids.get(3), "0.05");
        // equal impact: the nearer deadline first
        jdbc.update(
                "UPDATE work_item SET deadline = ? WHERE id = ?", TestData.utc(at("2026-11-20 12:00:00")), ids.get(2));

        List<WorkItemRow> first =
                workbench.page(WorklistQuery.tab(WorkItemKind.PICKUP).withShop(fashion), 0, 3);
        List<WorkItemRow> second =
                workbench.page(WorklistQuery.tab(WorkItemKind.PICKUP).withShop(fashion), 3, 10);

        assertThat(first).extracting(WorkItemRow::id).containsExactly(ids.get(2), ids.get(1), ids.get(0));
        assertThat(first.get(0).impact()).isEqualByComparingTo("0.42");
        assertThat(second)
                .hasSize(4)
                .extracting(WorkItemRow::id)
                .doesNotContainAnyElementsOf(first.stream().map(WorkItemRow::id).toList());
        assertThat(second.getFirst().id()).isEqualTo(ids.get(3));
    }

    @Test
    void a_worklist_over_every_shop_of_the_agent_merges_them_in_order() {
        List<Long> fashionIds = pickups(fashion, 3);
        List<Long> teaIds = pickups(tea, 3);
        setImpact(fashionIds.get(0), "0.30");
        setImpact(teaIds.get(0), "0.50");
        setImpact(teaIds.get(1), "0.20");
        setImpact(fashionIds.get(1), "0.25");

        List<WorkItemRow> page = workbench.page(WorklistQuery.tab(WorkItemKind.PICKUP), 1, 3);

        assertThat(page)
                .extracting(WorkItemRow::id)
                .containsExactly(fashionIds.get(0), fashionIds.get(1), teaIds.get(1));
    }

    @Test
    void counts_give_the_open_and_overdue_items_per_tab_and_my_own() {
        List<Long> ids = pickups(fashion, 3);
        data.order(tea, "T1", "2026-11-18 10:00:00");
        refresher.refreshUnchecked(tea);
        actions.claim(ref(ids.get(0)));

        WorklistCounts fashionOnly = workbench.counts(fashion);
        WorklistCounts everywhere = workbench.counts(null);

        assertThat(fashionOnly.open(WorkItemKind.PICKUP)).isEqualTo(3);
        assertThat(fashionOnly.overdue(WorkItemKind.PICKUP)).isZero();
        assertThat(fashionOnly.mine()).isEqualTo(1);
        assertThat(everywhere.open(WorkItemKind.PICKUP)).isEqualTo(4);
        // paid 11-18: due 11-19 23:59:59, now 11-20 10:00
        assertThat(everywhere.overdue(WorkItemKind.PICKUP)).isEqualTo(1);
        assertThat(everywhere.open(WorkItemKind.CHAT)).isZero();
    }

    @Test
    void my_work_lists_what_i_hold_of_every_kind_by_impact() {
        List<Long> pickups = pickups(fashion, 2);
        long session = data.session(tea, "C9", null, "2026-11-20 09:55:00");
        data.round(tea, session, "2026-11-20 09:59:00");
        refresher.refreshUnchecked(tea);
        long chat = tab(WorkItemKind.CHAT, tea).getFirst().id();
        setImpact(chat, "0.80");
        setImpact(pickups.get(0), "0.10");
        actions.claim(ref(pickups.get(0)));
        actions.claim(ref(chat));
        data.login("agent2");
        actions.claim(ref(pickups.get(1)));
        data.login("agent");

        assertThat(workbench.page(WorklistQuery.mine(), 0, 10))
                .extracting(WorkItemRow::id)
                .containsExactly(chat, pickups.get(0));
    }

    @Test
    void a_worklist_filters_by_agent_state_and_deadline() {
        List<Long> ids = pickups(fashion, 3);
        data.order(fashion, "LATE", "2026-11-18 10:00:00");
        data.order(fashion, "SOON", "2026-11-19 12:00:00");
        refresher.refreshUnchecked(fashion);
        actions.claim(ref(ids.get(0)));
        WorklistQuery pickupsHere = WorklistQuery.tab(WorkItemKind.PICKUP).withShop(fashion);

        assertThat(workbench.page(pickupsHere.withAgent(agent), 0, 10))
                .extracting(WorkItemRow::id)
                .containsExactly(ids.get(0));
        assertThat(workbench.page(pickupsHere.withState(StateFilter.NEW), 0, 10))
                .hasSize(4);
        assertThat(workbench.page(pickupsHere.withState(StateFilter.CLAIMED), 0, 10))
                .hasSize(1);
        assertThat(workbench.page(pickupsHere.withDeadline(DeadlineFilter.OVERDUE), 0, 10))
                .extracting(WorkItemRow::orderId)
                .containsExactly("LATE");
        assertThat(workbench.page(pickupsHere.withDeadline(DeadlineFilter.TODAY), 0, 10))
                .extracting(WorkItemRow::orderId)
                .containsExactlyInAnyOrder("LATE", "SOON");
    }

    @Test
    void nobody_reads_or_acts_on_a_shop_they_do_not_work() {
        List<Long> ids = pickups(fashion, 1);
        data.login("outsider");

        assertThatThrownBy(() ->
                        workbench.page(WorklistQuery.tab(WorkItemKind.PICKUP).withShop(fashion), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.claim(ref(ids.getFirst()))).isInstanceOf(AccessDeniedException.class);
        assertThat(workbench.page(WorklistQuery.tab(WorkItemKind.PICKUP), 0, 10))
                .isEmpty();
    }

    // ---- claiming ---------------------------------------------------------------------------------------------

    @Test
    void claiming_an_item_is_audited_and_announced() {
        long id = pickups(fashion, 1).getFirst();
        events.clear();

        WorkItemRow claimed = actions.claim(ref(id));

        assertThat(claimed.state()).isEqualTo(WorkItemState.CLAIMED);
        assertThat(claimed.claimedByName()).isEqualTo("客服 小周");
        assertThat(claimed.version()).isEqualTo(1);
        List<AuditEntry> history = audit.history(fashion, "work_item", id);
        assertThat(history).singleElement().satisfies(line -> {
            assertThat(line.username()).isEqualTo(data.username("agent"));
            assertThat(line.action()).isEqualTo("work_item.claim");
            assertThat(line.occurredAt()).isEqualTo(at(WorkbenchTestConfiguration.NOW));
            assertThat(line.before()).contains("\"state\":\"NEW\"");
            assertThat(line.after()).contains("\"state\":\"CLAIMED\"").contains("\"claimedBy\":" + agent);
        });
        assertThat(events.stream(WorklistChanged.class)).containsExactly(new WorklistChanged(fashion));
    }

    @Test
    void claiming_from_a_stale_screen_fails_and_names_who_holds_the_item() {
        long id = pickups(fashion, 1).getFirst();
        ItemRef seen = ref(id);
        data.login("agent2");
        actions.claim(seen);
        data.login("agent");

        assertThatThrownBy(() -> actions.claim(seen)).isInstanceOfSatisfying(WorkItemConflictException.class, e -> {
            assertThat(e.reason()).isEqualTo(WorkItemConflictException.Reason.CLAIMED_BY_OTHER);
            assertThat(e.holder()).isEqualTo("客服 小陈");
        });
        assertThat(audit.history(fashion, "work_item", id)).hasSize(1);
    }

    @Test
    void two_agents_claiming_one_item_at_the_same_moment_exactly_one_wins() throws Exception {
        long id = pickups(fashion, 1).getFirst();
        ItemRef seen = ref(id);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (String who : List.of("agent", "agent2")) {
                outcomes.add(pool.submit(() -> {
                    data.login(who);
                    together.await(5, TimeUnit.SECONDS);
                    try {
                        actions.claim(seen);
                        return "won";
                    } catch (WorkItemConflictException lost) {
                        return "lost";
                    } finally {
                        TestData.logout();
                    }
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }
            assertThat(results).containsExactlyInAnyOrder("won", "lost");
        } finally {
            pool.shutdownNow();
        }
        assertThat(audit.history(fashion, "work_item", id)).hasSize(1);
    }

    @Test
    void when_both_agents_passed_the_check_the_databases_optimistic_lock_stops_the_second() throws Exception {
        long id = pickups(fashion, 1).getFirst();
        ItemRef seen = ref(id);
        CountDownLatch firstFlushed = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> {
                data.login("agent");
                new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                    actions.claim(seen);
                    firstFlushed.countDown();
                    await(commitFirst);
                });
                TestData.logout();
            });
            Future<Throwable> second = pool.submit(() -> {
                data.login("agent2");
                await(firstFlushed);
                try {
                    actions.claim(seen); // reads version 0 (the first is not committed), then waits for its row lock
                    return null;
                } catch (RuntimeException e) {
                    return e;
                } finally {
                    TestData.logout();
                }
            });
            Thread.sleep(300);
            commitFirst.countDown();
            first.get(30, TimeUnit.SECONDS);
            assertThat(second.get(30, TimeUnit.SECONDS))
                    .isInstanceOfSatisfying(WorkItemConflictException.class, e -> assertThat(e.reason())
                            .isIn(
                                    WorkItemConflictException.Reason.CHANGED,
                                    WorkItemConflictException.Reason.CLAIMED_BY_OTHER));
        } finally {
            pool.shutdownNow();
        }
        assertThat(workbench.find(id))
                .get()
                .extracting(WorkItemRow::claimedByName)
                .isEqualTo("客服 小周");
    }

    @Test
    void acting_on_an_item_someone_else_holds_is_refused_and_a_supervisor_can_reassign_it() {
        long id = pickups(fashion, 1).getFirst();
        data.login("agent2");
        WorkItemRow held = actions.claim(ref(id));
        data.login("agent");

        assertThatThrownBy(() -> actions.urgeCourier(held.ref()))
                .isInstanceOfSatisfying(WorkItemConflictException.class, e -> assertThat(e.reason())
                        .isEqualTo(WorkItemConflictException.Reason.CLAIMED_BY_OTHER));
        assertThatThrownBy(() -> actions.reassign(held.ref(), agent)).isInstanceOf(AccessDeniedException.class);

        data.login("lead");
        WorkItemRow moved = actions.reassign(held.ref(), agent);

        assertThat(moved.claimedByName()).isEqualTo("客服 小周");
        assertThat(audit.history(fashion, "work_item", id))
                .extracting(AuditEntry::action, AuditEntry::username)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("work_item.claim", data.username("agent2")),
                        org.assertj.core.groups.Tuple.tuple("work_item.reassign", data.username("lead")));
    }

    @Test
    void releasing_gives_the_item_back_to_the_team() {
        long id = pickups(fashion, 1).getFirst();
        WorkItemRow claimed = actions.claim(ref(id));

        WorkItemRow released = actions.release(claimed.ref());

        assertThat(released.state()).isEqualTo(WorkItemState.NEW);
        assertThat(released.claimedById()).isNull();
    }

    // ---- actions that the score sees -----------------------------------------------------------------------------

    @Test
    void replying_stores_the_text_and_the_rounds_reply_time_is_now() {
        long session = data.session(fashion, "C1", "O1", "2026-11-20 09:50:00");
        long round = data.round(fashion, session, "2026-11-20 09:58:30");
        refresher.refreshUnchecked(fashion);
        WorkItemRow item = tab(WorkItemKind.CHAT, fashion).getFirst();
        events.clear();

        WorkItemRow done = actions.reply(item.ref(), "亲，已为您加急处理～", false);

        assertThat(done.state()).isEqualTo(WorkItemState.DONE);
        assertThat(done.outcome()).isEqualTo(WorkItemOutcome.REPLIED);
        assertThat(data.instant("SELECT human_reply_at FROM im_rounds WHERE id = ?", round))
                .isEqualTo(at(WorkbenchTestConfiguration.NOW));
        assertThat(data.value("SELECT reply_text FROM chat_reply WHERE round_ref = ?", round))
                .isEqualTo("亲，已为您加急处理～");
        assertThat(events.stream(com.scoredesk.activity.ShopDataChanged.class)).isNotEmpty();
        assertThat(workbench.detail(item.id())).get().satisfies(detail -> assertThat(
                        detail.rounds().getFirst().replies())
                .singleElement()
                .satisfies(reply -> assertThat(reply.sentBy()).isEqualTo("客服 小周")));
        assertThat(audit.history(fashion, "work_item", item.id()).getLast().after())
                .contains("已为您加急处理");
    }

    @Test
    void a_reply_the_compliance_check_blocks_is_not_sent() {
        long session = data.session(fashion, "C1", "O1", "2026-11-20 09:50:00");
        long round = data.round(fashion, session, "2026-11-20 09:58:30");
        refresher.refreshUnchecked(fashion);
        WorkItemRow item = tab(WorkItemKind.CHAT, fashion).getFirst();

        assertThatThrownBy(() -> actions.reply(item.ref(), "麻烦亲把退款原因改成不想要", true))
                .isInstanceOf(ComplianceBlockedException.class);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM im_rounds WHERE id = ? AND human_reply_at IS NULL", Integer.class, round))
                .isEqualTo(1);
        assertThat(workbench.find(item.id()))
                .get()
                .extracting(WorkItemRow::state)
                .isEqualTo(WorkItemState.NEW);
    }

    @Test
    void a_round_answered_elsewhere_meanwhile_is_reported_not_overwritten() {
        long session = data.session(fashion, "C1", "O1", "2026-11-20 09:50:00");
        long round = data.round(fashion, session, "2026-11-20 09:58:30");
        refresher.refreshUnchecked(fashion);
        WorkItemRow item = tab(WorkItemKind.CHAT, fashion).getFirst();
        jdbc.update(
                "UPDATE im_rounds SET human_reply_at = ? WHERE id = ?", TestData.utc(at("2026-11-20 09:59:00")), round);

        assertThatThrownBy(() -> actions.reply(item.ref(), "您好", false))
                .isInstanceOfSatisfying(WorkItemConflictException.class, e -> assertThat(e.reason())
                        .isEqualTo(WorkItemConflictException.Reason.HANDLED_ELSEWHERE));
        assertThat(data.instant("SELECT human_reply_at FROM im_rounds WHERE id = ?", round))
                .isEqualTo(at("2026-11-20 09:59:00"));
    }

    @Test
    void agreeing_a_refund_refunds_it_now_and_agreeing_a_return_waits_for_the_parcel() {
        data.order(fashion, "O2", "2026-11-18 12:00:00");
        long refund = data.afterSale(fashion, "A1", "O2", "refund_shipped", "2026-11-20 08:30:00");
        long ret = data.afterSale(fashion, "A2", "O2", "return_refund", "2026-11-20 08:40:00");
        refresher.refreshUnchecked(fashion);
        List<WorkItemRow> items = tab(WorkItemKind.AFTER_SALE, fashion);

        for (WorkItemRow item : items) {
            actions.agree(item.ref());
        }

        assertThat(data.value("SELECT status FROM after_sales WHERE id = ?", refund))
                .isEqualTo("refunded");
        assertThat(data.instant("SELECT refunded_at FROM after_sales WHERE id = ?", refund))
                .isEqualTo(at(WorkbenchTestConfiguration.NOW));
        assertThat(data.value("SELECT status FROM after_sales WHERE id = ?", ret))
                .isEqualTo("agreed");
        assertThat(data.instant("SELECT agreed_at FROM after_sales WHERE id = ?", ret))
                .isEqualTo(at(WorkbenchTestConfiguration.NOW));
        assertThat(workbench.page(WorklistQuery.tab(WorkItemKind.AFTER_SALE).withState(StateFilter.DONE), 0, 10))
                .extracting(WorkItemRow::outcome)
                .containsExactlyInAnyOrder(WorkItemOutcome.REFUND_AGREED, WorkItemOutcome.RETURN_AGREED);
    }

    @Test
    void rejecting_an_after_sale_needs_a_reason_and_keeps_it() {
        data.order(fashion, "O2", "2026-11-18 12:00:00");
        long id = data.afterSale(fashion, "A1", "O2", "return_refund", "2026-11-20 08:30:00");
        refresher.refreshUnchecked(fashion);
        WorkItemRow item = tab(WorkItemKind.AFTER_SALE, fashion).getFirst();

        assertThatThrownBy(() -> actions.reject(item.ref(), "  ")).isInstanceOf(IllegalArgumentException.class);
        WorkItemRow rejected = actions.reject(item.ref(), "商品已签收超过7天，且吊牌已剪");

        assertThat(rejected.outcome()).isEqualTo(WorkItemOutcome.REJECTED);
        assertThat(rejected.note()).isEqualTo("商品已签收超过7天，且吊牌已剪");
        assertThat(data.value("SELECT status FROM after_sales WHERE id = ?", id))
                .isEqualTo("rejected");
    }

    @Test
    void urging_the_courier_marks_the_order_and_the_item_stays_open_until_the_pickup_scan() {
        long id = pickups(fashion, 1).getFirst();

        WorkItemRow urged = actions.urgeCourier(ref(id));

        assertThat(urged.state()).isEqualTo(WorkItemState.CLAIMED);
        assertThat(urged.urgedAt()).isEqualTo(at(WorkbenchTestConfiguration.NOW));
        assertThat(data.instant("SELECT courier_urged_at FROM orders WHERE order_id = 'P0' AND shop_id = ?", fashion))
                .isEqualTo(at(WorkbenchTestConfiguration.NOW));

        jdbc.update(
                "UPDATE orders SET picked_up_at = ? WHERE order_id = 'P0' AND shop_id = ?",
                TestData.utc(at("2026-11-20 10:30:00")),
                fashion);
        clock.advance(Duration.ofHours(1));
        refresher.refreshUnchecked(fashion);

        assertThat(workbench.find(id)).get().satisfies(row -> {
            assertThat(row.state()).isEqualTo(WorkItemState.DONE);
            assertThat(row.outcome()).isEqualTo(WorkItemOutcome.RESOLVED);
        });
    }

    @Test
    void starting_an_appeal_makes_the_review_a_draft_and_the_item_waits_for_the_submission() {
        data.order(fashion, "O3", "2026-11-09 20:00:00");
        long review = data.review(fashion, "R1", "O3", "2026-11-18 09:00:00", 1);
        refresher.refreshUnchecked(fashion);
        WorkItemRow item = tab(WorkItemKind.REVIEW, fashion).getFirst();

        WorkItemRow started = actions.startAppeal(item.ref());

        assertThat(started.appealStartedAt()).isEqualTo(at(WorkbenchTestConfiguration.NOW));
        assertThat(started.state()).isEqualTo(WorkItemState.CLAIMED);
        assertThat(data.value("SELECT appeal_status FROM reviews WHERE id = ?", review))
                .isEqualTo("draft");
        refresher.refreshUnchecked(fashion);
        assertThat(workbench.find(item.id()))
                .get()
                .extracting(WorkItemRow::state)
                .isEqualTo(WorkItemState.CLAIMED);

        jdbc.update("UPDATE reviews SET appeal_status = 'submitted' WHERE id = ?", review);
        refresher.refreshUnchecked(fashion);
        assertThat(workbench.find(item.id()))
                .get()
                .extracting(WorkItemRow::state)
                .isEqualTo(WorkItemState.DONE);
    }

    // ---- bulk ----------------------------------------------------------------------------------------------------

    @Test
    void bulk_agree_works_in_chunks_of_twenty_and_a_failure_rolls_back_only_its_chunk() {
        data.order(fashion, "O2", "2026-11-18 12:00:00");
        for (int i = 0; i < 45; i++) {
            data.afterSale(fashion, "B" + i, "O2", "refund_shipped", "2026-11-20 08:%02d:00".formatted(i));
        }
        refresher.refreshUnchecked(fashion);
        List<ItemRef> refs = tab(WorkItemKind.AFTER_SALE, fashion, 100).stream()
                .map(WorkItemRow::ref)
                .toList();
        ItemRef taken = refs.get(25);
        data.login("agent2");
        actions.claim(taken);
        data.login("agent");

        BulkReport report = bulk.agreeAll(refs);

        assertThat(report.lines()).hasSize(45);
        assertThat(report.lines().stream().map(BulkReport.Line::chunk).distinct())
                .containsExactly(1, 2, 3);
        assertThat(report.lines().subList(0, 20)).allMatch(line -> line.result() == BulkReport.Result.DONE);
        assertThat(report.lines().subList(20, 40))
                .filteredOn(line -> line.result() == BulkReport.Result.FAILED)
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.itemId()).isEqualTo(taken.id());
                    assertThat(line.reason()).isEqualTo("CLAIMED_BY_OTHER");
                    assertThat(line.holder()).isEqualTo("客服 小陈");
                });
        assertThat(report.lines().subList(20, 40))
                .filteredOn(line -> line.result() == BulkReport.Result.ROLLED_BACK)
                .hasSize(19);
        assertThat(report.lines().subList(40, 45)).allMatch(line -> line.result() == BulkReport.Result.DONE);
        assertThat(report.succeeded()).isEqualTo(25);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM after_sales WHERE status = 'refunded' AND shop_id = ?",
                        Integer.class,
                        fashion))
                .isEqualTo(25);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_log WHERE action = 'work_item.agree' AND shop_id = ?",
                        Integer.class,
                        fashion))
                .isEqualTo(25);
    }

    @Test
    void bulk_claim_and_reassign_report_every_item() {
        List<ItemRef> refs = pickups(fashion, 3).stream().map(this::ref).toList();

        BulkReport claimed = bulk.claimAll(refs);
        assertThat(claimed.succeeded()).isEqualTo(3);

        data.login("lead");
        List<ItemRef> current = refs.stream().map(r -> ref(r.id())).toList();
        BulkReport moved = bulk.reassignAll(current, agent2);

        assertThat(moved.succeeded()).isEqualTo(3);
        assertThat(workbench.page(
                        WorklistQuery.tab(WorkItemKind.PICKUP).withShop(fashion).withAgent(agent2), 0, 10))
                .hasSize(3);
    }

    // ---- refresh ---------------------------------------------------------------------------------------------------

    @Test
    void an_item_handled_outside_the_workbench_is_closed_by_the_next_refresh() {
        long session = data.session(fashion, "C1", "O1", "2026-11-20 09:50:00");
        long round = data.round(fashion, session, "2026-11-20 09:58:30");
        refresher.refreshUnchecked(fashion);
        long id = tab(WorkItemKind.CHAT, fashion).getFirst().id();
        jdbc.update(
                "UPDATE im_rounds SET human_reply_at = ? WHERE id = ?", TestData.utc(at("2026-11-20 09:59:00")), round);
        events.clear();

        boolean changed = refresher.refreshUnchecked(fashion);

        assertThat(changed).isTrue();
        assertThat(workbench.find(id)).get().satisfies(row -> {
            assertThat(row.state()).isEqualTo(WorkItemState.DONE);
            assertThat(row.outcome()).isEqualTo(WorkItemOutcome.RESOLVED);
            assertThat(row.version()).isEqualTo(1);
        });
        assertThat(events.stream(WorklistChanged.class)).contains(new WorklistChanged(fashion));
        assertThat(refresher.refreshUnchecked(fashion)).isFalse();
    }

    @Test
    void finishing_an_item_records_what_it_gained_and_the_team_kpis_add_it_up_per_agent() {
        List<Long> rounds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long session = data.session(fashion, "C" + i, "O" + i, "2026-11-20 09:5%d:00".formatted(i));
            rounds.add(data.round(fashion, session, "2026-11-20 09:5%d:30".formatted(i + 5)));
        }
        refresher.refreshUnchecked(fashion);
        List<Long> ids = rounds.stream()
                .map(round -> jdbc.queryForObject(
                        "SELECT id FROM work_item WHERE kind = 'CHAT' AND source_id = ?", Long.class, round))
                .toList();
        String[] impacts = {"0.42", "0.08", "0.30", "0.25"};
        for (int i = 0; i < 4; i++) {
            setImpact(ids.get(i), impacts[i]);
        }

        actions.reply(ref(ids.get(0)), "亲，马上为您查询", false);
        actions.reply(ref(ids.get(1)), "亲，已为您催促仓库", false);
        data.login("agent2");
        actions.reply(ref(ids.get(2)), "亲，这就为您处理", false);
        jdbc.update(
                "UPDATE im_rounds SET human_reply_at = ? WHERE id = ?",
                TestData.utc(at("2026-11-20 09:59:50")),
                rounds.get(3));
        refresher.refreshUnchecked(fashion);

        assertThat(jdbc.queryForObject("SELECT gained FROM work_item WHERE id = ?", BigDecimal.class, ids.get(0)))
                .isEqualByComparingTo("0.42");
        assertThat(jdbc.queryForObject("SELECT impact FROM work_item WHERE id = ?", BigDecimal.class, ids.get(0)))
                .isZero();
        // answered outside the workbench: closed by the refresh, nobody's gain
        assertThat(jdbc.queryForObject("SELECT gained FROM work_item WHERE id = ?", BigDecimal.class, ids.get(3)))
                .isNull();
        data.login("lead");
        java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 20);
        List<com.scoredesk.kpi.AgentKpi> kpis =
                teamKpis.agents(today, today, com.scoredesk.kpi.KpiSort.POINTS_GAINED, 0, 50);
        assertThat(kpis.stream().filter(kpi -> kpi.userId() == agent || kpi.userId() == agent2))
                .extracting(com.scoredesk.kpi.AgentKpi::userId, kpi -> kpi.pointsGained()
                        .stripTrailingZeros())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(agent, new BigDecimal("0.5")),
                        org.assertj.core.groups.Tuple.tuple(agent2, new BigDecimal("0.3")));
        assertThat(kpis.stream().filter(kpi -> kpi.userId() == lead))
                .singleElement()
                .satisfies(kpi -> assertThat(kpi.pointsGained()).isZero());

        // the finished items are deleted after their retention; what the agents did is still counted
        jdbc.update("DELETE FROM work_item WHERE done = TRUE AND shop_id = ?", fashion);
        assertThat(teamKpis.agents(today, today, com.scoredesk.kpi.KpiSort.POINTS_GAINED, 0, 50).stream()
                        .filter(kpi -> kpi.userId() == agent || kpi.userId() == agent2))
                .extracting(
                        com.scoredesk.kpi.AgentKpi::userId,
                        com.scoredesk.kpi.AgentKpi::handled,
                        kpi -> kpi.pointsGained().stripTrailingZeros())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(agent, 2L, new BigDecimal("0.5")),
                        org.assertj.core.groups.Tuple.tuple(agent2, 1L, new BigDecimal("0.3")));
    }

    @Test
    void the_detail_shows_the_order_its_trace_after_sales_reviews_and_chats() {
        data.order(
                fashion,
                "O3",
                "2026-11-09 20:00:00",
                "picked_up_at",
                "2026-11-10 09:00:00",
                "courier",
                "中通快递",
                "waybill_no",
                "ZT3",
                "signed_at",
                "2026-11-16 15:00:00");
        data.trace(fashion, "O3", "2026-11-10 09:00:00", "picked_up", null);
        data.trace(fashion, "O3", "2026-11-12 08:00:00", "in_transit", "transit_timeout");
        data.review(fashion, "R1", "O3", "2026-11-18 09:00:00", 1);
        data.afterSale(
                fashion,
                "A9",
                "O3",
                "refund_shipped",
                "2026-11-17 10:00:00",
                "status",
                "closed",
                "closed_at",
                "2026-11-17 12:00:00");
        long session = data.session(fashion, "C3", "O3", "2026-11-17 09:00:00");
        data.round(fashion, session, "2026-11-17 09:00:10");
        refresher.refreshUnchecked(fashion);
        long id = tab(WorkItemKind.REVIEW, fashion).getFirst().id();
        actions.claim(ref(id));

        WorkItemDetail detail = workbench.detail(id).orElseThrow();

        assertThat(detail.order()).isNotNull();
        assertThat(detail.order().courier()).isEqualTo("中通快递");
        assertThat(detail.trace())
                .extracting(WorkItemDetail.TraceNode::anomaly)
                .containsExactly(null, "transit_timeout");
        assertThat(detail.afterSales())
                .extracting(WorkItemDetail.AfterSaleInfo::afterSaleId)
                .containsExactly("A9");
        assertThat(detail.reviews())
                .extracting(WorkItemDetail.ReviewInfo::productRating)
                .containsExactly(1);
        assertThat(detail.rounds())
                .singleElement()
                .extracting(WorkItemDetail.ChatRound::sessionId)
                .isEqualTo("C3");
        assertThat(detail.history()).extracting(AuditEntry::action).containsExactly("work_item.claim");
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** {@code n} orders of the shop waiting for pickup (P0, P1 …), refreshed into items; their ids by order. */
    List<Long> pickups(long shopId, int n) {
        String prefix = shopId == fashion ? "P" : "Q";
        for (int i = 0; i < n; i++) {
            data.order(shopId, prefix + i, "2026-11-20 0%d:00:00".formatted(i % 10));
        }
        refresher.refreshUnchecked(shopId);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(jdbc.queryForObject(
                    "SELECT w.id FROM work_item w JOIN orders o ON o.id = w.source_id"
                            + " WHERE w.kind = 'PICKUP' AND o.shop_id = ? AND o.order_id = ?",
                    Long.class,
                    shopId,
                    prefix + i));
        }
        jdbc.update("UPDATE work_item SET impact = 0 WHERE shop_id = ?", shopId);
        return ids;
    }

    void setImpact(long id, String impact) {
        jdbc.update("UPDATE work_item SET impact = ? WHERE id = ?", new BigDecimal(impact), id);
    }

    ItemRef ref(long id) {
        return workbench.find(id).orElseThrow().ref();
    }

    List<WorkItemRow> tab(WorkItemKind kind, long shopId) {
        return tab(kind, shopId, 50);
    }

    List<WorkItemRow> tab(WorkItemKind kind, long shopId, int limit) {
        return workbench.page(WorklistQuery.tab(kind).withShop(shopId), 0, limit);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
