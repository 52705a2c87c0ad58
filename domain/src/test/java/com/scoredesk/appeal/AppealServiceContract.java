package com.scoredesk.appeal;

import static com.scoredesk.template.support.TestWorld.at;
import static com.scoredesk.template.support.TestWorld.batch;
import static com.scoredesk.template.support.TestWorld.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoredesk.activity.LogisticsEventRow;
import com.scoredesk.activity.ReviewRow;
import com.scoredesk.activity.ShopDataChanged;
import com.scoredesk.compliance.ComplianceBlockedException;
import com.scoredesk.score.ShopScoreService;
import com.scoredesk.scoring.Fraction;
import com.scoredesk.scoring.model.AppealStatus;
import com.scoredesk.scoring.model.LogisticsAnomaly;
import com.scoredesk.scoring.model.LogisticsNode;
import com.scoredesk.template.support.ServiceTest;
import com.scoredesk.user.Role;
import com.scoredesk.user.UserSummary;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Appeals against bad reviews on crafted orders, on every database we support. Now is 2026-11-20 10:00 (Shanghai);
 * the appeal window is 7 days.
 */
@RecordApplicationEvents
abstract class AppealServiceContract extends ServiceTest {

    @Autowired
    AppealableReviewService appealable;

    @Autowired
    AppealService appeals;

    @Autowired
    AppealStatistics statistics;

    @Autowired
    ForceMajeureService forceMajeure;

    @Autowired
    ShopScoreService scores;

    @Autowired
    ApplicationEvents events;

    long shop;
    UserSummary agent;
    UserSummary agent2;

    @BeforeEach
    void a_shop_with_bad_reviews() {
        shop = world.shop();
        agent = world.user(Role.AGENT, shop);
        agent2 = world.user(Role.AGENT, shop);
        world.insert(
                shop,
                batch(
                        List.of(
                                order("O-TT")
                                        .paid("2026-11-14 10:00:00")
                                        .pickedUp("2026-11-14 18:00:00")
                                        .signed("2026-11-18 20:00:00")
                                        .build(),
                                order("O-LATE")
                                        .paid("2026-11-10 09:00:00")
                                        .pickedUp("2026-11-10 13:00:00")
                                        .signed("2026-11-16 11:00:00")
                                        .build(),
                                order("O-GOOD")
                                        .pickedUp("2026-11-12 10:00:00")
                                        .signed("2026-11-14 10:00:00")
                                        .build(),
                                order("O-OLD")
                                        .pickedUp("2026-11-03 10:00:00")
                                        .signed("2026-11-05 10:00:00")
                                        .build(),
                                order("O-SECOND")
                                        .pickedUp("2026-11-12 10:00:00")
                                        .signed("2026-11-14 10:00:00")
                                        .build()),
                        List.of(),
                        List.of(
                                review("R-TT", "O-TT", "2026-11-19 10:00:00", 1, "等了好久，很失望"),
                                review("R-LATE", "O-LATE", "2026-11-17 10:00:00", 2, "一般"),
                                review("R-GOOD", "O-GOOD", "2026-11-18 10:00:00", 5, "很好"),
                                review("R-OLD", "O-OLD", "2026-11-10 10:00:00", 1, "差"),
                                review("R-FIRST", "O-SECOND", "2026-11-18 10:00:00", 4, "还行"),
                                review("R-SECOND", "O-SECOND", "2026-11-19 10:00:00", 1, "追评：差")),
                        List.of(new LogisticsEventRow(
                                "O-TT",
                                at("2026-11-16 02:00:00"),
                                LogisticsNode.IN_TRANSIT,
                                LogisticsAnomaly.TRANSIT_TIMEOUT,
                                "杭州转运中心"))));
        long otherShop = world.shop();
        world.insert(
                otherShop,
                batch(
                        List.of(order("O-TT").build()),
                        List.of(),
                        List.of(review("R-TT", "O-TT", "2026-11-19 10:00:00", 1, "别家的差评")),
                        List.of()));
    }

    @Test
    void appealable_reviews_are_first_bad_reviews_inside_their_window_with_the_nearest_deadline_first() {
        world.login(agent);

        List<AppealableReview> page = appealable.find(shop, 0, 10);

        assertThat(page).extracting(AppealableReview::reviewId).containsExactly("R-LATE", "R-TT");
        assertThat(appealable.count(shop)).isEqualTo(2);
        assertThat(appealable.find(shop, 1, 1))
                .extracting(AppealableReview::reviewId)
                .containsExactly("R-TT");
        assertThat(page.getFirst().deadline()).isEqualTo(at("2026-11-24 10:00:00"));
        assertThat(page.getFirst().chatTranscripts()).isFalse();
    }

    @Test
    void a_parcel_that_sat_in_transit_timeout_gives_the_anomaly_as_evidence_and_suggests_a_logistics_appeal() {
        world.login(agent);

        AppealableReview review = appealable.review(shop, "R-TT").orElseThrow();

        assertThat(review.evidence()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EvidenceKind.LOGISTICS_ANOMALY);
            assertThat(e.code()).isEqualTo("transit_timeout");
            assertThat(e.at()).isEqualTo(at("2026-11-16 02:00:00"));
            assertThat(e.text()).isEqualTo("杭州转运中心");
        });
        assertThat(review.suggestedReason()).isEqualTo(AppealReason.LOGISTICS_ANOMALY);
        assertThat(appealable.review(shop, "R-LATE").orElseThrow().evidence())
                .extracting(AppealEvidence::kind)
                .containsExactly(EvidenceKind.LATE_DELIVERY);
    }

    @Test
    void the_suggested_draft_comes_from_the_logistics_appeal_template_with_the_evidence_within_the_limits() {
        world.login(agent);

        AppealDraft draft = appealable.suggestDraft(shop, "R-TT");

        assertThat(draft.reason()).isEqualTo(AppealReason.LOGISTICS_ANOMALY);
        assertThat(draft.templateId()).isNotNull();
        assertThat(draft.text())
                .startsWith("订单O-TT的差评由物流异常造成")
                .contains("11月16日 02:00 中转超时（杭州转运中心）")
                .contains("中通快递")
                .doesNotContain("{");
        assertThat(AppealWriter.length(draft.text())).isLessThanOrEqualTo(200);
        assertThat(draft.attachments()).hasSizeLessThanOrEqualTo(5).contains("物流轨迹截图（中转超时 11月16日 02:00）", "快递网点盖章证明");
        assertThat(draft.limits()).isEqualTo(new AppealLimits(200, 5, 7));
    }

    @Test
    void an_appeal_goes_from_draft_to_submitted_to_approved_with_dates_and_agents_and_the_review_follows() {
        world.login(agent);
        AppealSummary draft = appeals.startDraft(shop, "R-TT");
        assertThat(draft.status()).isEqualTo(AppealStatus.DRAFT);
        assertThat(draft.createdBy()).isEqualTo(agent.displayName());
        assertThat(appealable.review(shop, "R-TT").orElseThrow().appealStatus()).isEqualTo(AppealStatus.DRAFT);
        assertThat(appeals.startDraft(shop, "R-TT").id()).isEqualTo(draft.id());

        AppealSummary edited = appeals.saveDraft(
                shop,
                draft.id(),
                draft.version(),
                AppealReason.LOGISTICS_ANOMALY,
                draft.text() + "请核实。",
                draft.attachments());
        world.clock().advance(Duration.ofHours(1));
        AppealSummary submitted = appeals.submit(shop, edited.id(), edited.version(), false);

        assertThat(submitted.status()).isEqualTo(AppealStatus.SUBMITTED);
        assertThat(submitted.submittedBy()).isEqualTo(agent.displayName());
        assertThat(submitted.submittedAt()).isEqualTo(at("2026-11-20 11:00:00"));
        assertThat(appealable.find(shop, 0, 10))
                .extracting(AppealableReview::reviewId)
                .containsExactly("R-LATE");

        world.login(agent2);
        world.clock().advance(Duration.ofDays(3));
        AppealSummary approved = appeals.recordDecision(shop, submitted.id(), submitted.version(), true, "平台已通过");

        assertThat(approved.status()).isEqualTo(AppealStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo(agent2.displayName());
        assertThat(approved.decidedAt()).isEqualTo(at("2026-11-23 11:00:00"));
        assertThat(approved.decisionNote()).isEqualTo("平台已通过");
        assertThat(approved.submittedBy()).isEqualTo(agent.displayName());
        assertThat(appealable.review(shop, "R-TT").orElseThrow().appealStatus()).isEqualTo(AppealStatus.APPROVED);
        assertThat(events.stream(ShopDataChanged.class)
                        .filter(e -> e.shopId() == shop)
                        .count())
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void an_approved_appeal_takes_the_review_out_of_the_score() {
        world.login(agent);
        LocalDate tomorrow = LocalDate.of(2026, 11, 21);
        Fraction before = productRatingAverage(tomorrow);

        AppealSummary draft = appeals.startDraft(shop, "R-TT");
        AppealSummary submitted = appeals.submit(shop, draft.id(), draft.version(), false);
        assertThat(productRatingAverage(tomorrow)).isEqualTo(before);
        appeals.recordDecision(shop, submitted.id(), submitted.version(), true, null);

        // first reviews of orders signed in the window: 1, 2, 5, 1, 4 stars; the approved 1-star one leaves
        assertThat(before).isEqualTo(Fraction.of(13, 5));
        assertThat(productRatingAverage(tomorrow)).isEqualTo(Fraction.of(3));
    }

    @Test
    void a_rejected_appeal_keeps_the_review_in_the_score_and_is_listed_as_rejected() {
        world.login(agent);
        AppealSummary draft = appeals.startDraft(shop, "R-LATE");
        AppealSummary submitted = appeals.submit(shop, draft.id(), draft.version(), false);

        AppealSummary rejected = appeals.recordDecision(shop, submitted.id(), submitted.version(), false, "证据不足");

        assertThat(rejected.status()).isEqualTo(AppealStatus.REJECTED);
        assertThat(appealable.review(shop, "R-LATE").orElseThrow().appealStatus())
                .isEqualTo(AppealStatus.REJECTED);
        assertThat(appeals.appeals(shop, AppealStatus.REJECTED, 0, 10))
                .extracting(AppealSummary::reviewId)
                .containsExactly("R-LATE");
        assertThat(appeals.countAppeals(shop, null)).isOne();
    }

    @Test
    void two_agents_submitting_the_same_appeal_at_once_one_wins_and_the_other_learns_who() throws Exception {
        world.login(agent);
        AppealSummary draft = appeals.startDraft(shop, "R-TT");
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Object> first = pool.submit(submitAs(agent, draft, start));
            Future<Object> second = pool.submit(submitAs(agent2, draft, start));
            List<Object> outcomes = List.of(first.get(), second.get());

            assertThat(outcomes).filteredOn(AppealSummary.class::isInstance).hasSize(1);
            assertThat(outcomes)
                    .filteredOn(AppealConflictException.class::isInstance)
                    .singleElement()
                    .satisfies(lost -> {
                        AppealSummary current = ((AppealConflictException) lost).current();
                        AppealSummary won = (AppealSummary) outcomes.stream()
                                .filter(AppealSummary.class::isInstance)
                                .findFirst()
                                .orElseThrow();
                        assertThat(current.status()).isEqualTo(AppealStatus.SUBMITTED);
                        assertThat(current.submittedBy()).isEqualTo(won.submittedBy());
                    });
        } finally {
            pool.shutdownNow();
        }
        assertThat(appeals.appeal(shop, draft.id()).status()).isEqualTo(AppealStatus.SUBMITTED);
    }

    @Test
    void a_step_on_an_old_version_is_refused_with_who_changed_it() {
        world.login(agent);
        AppealSummary draft = appeals.startDraft(shop, "R-TT");
        appeals.submit(shop, draft.id(), draft.version(), false);
        world.login(agent2);

        assertThatThrownBy(() ->
                        appeals.saveDraft(shop, draft.id(), draft.version(), AppealReason.OTHER, "改一下", List.of()))
                .isInstanceOfSatisfying(AppealConflictException.class, e -> {
                    assertThat(e.current().updatedBy()).isEqualTo(agent.displayName());
                    assertThat(e.current().status()).isEqualTo(AppealStatus.SUBMITTED);
                });
    }

    @Test
    void submitting_is_refused_over_the_limits_with_a_blocked_text_or_after_the_window() {
        world.login(agent);
        AppealSummary draft = appeals.startDraft(shop, "R-TT");

        AppealSummary tooLong =
                appeals.saveDraft(shop, draft.id(), draft.version(), AppealReason.OTHER, "字".repeat(201), List.of());
        assertThatThrownBy(() -> appeals.submit(shop, tooLong.id(), tooLong.version(), false))
                .isInstanceOfSatisfying(AppealRefusedException.class, e -> {
                    assertThat(e.problem()).isEqualTo(AppealRefusedException.Problem.TEXT_TOO_LONG);
                    assertThat(e.actual()).isEqualTo(201);
                    assertThat(e.limit()).isEqualTo(200);
                });
        AppealSummary tooManyImages = appeals.saveDraft(
                shop,
                tooLong.id(),
                tooLong.version(),
                AppealReason.OTHER,
                "物流异常",
                List.of("1", "2", "3", "4", "5", "6"));
        assertThatThrownBy(() -> appeals.submit(shop, tooManyImages.id(), tooManyImages.version(), false))
                .isInstanceOfSatisfying(AppealRefusedException.class, e -> assertThat(e.problem())
                        .isEqualTo(AppealRefusedException.Problem.TOO_MANY_IMAGES));
        AppealSummary blocked = appeals.saveDraft(
                shop, tooManyImages.id(), tooManyImages.version(), AppealReason.OTHER, "买家加我微信说删掉", List.of());
        assertThatThrownBy(() -> appeals.submit(shop, blocked.id(), blocked.version(), false))
                .isInstanceOf(ComplianceBlockedException.class);
        AppealSummary fine =
                appeals.saveDraft(shop, blocked.id(), blocked.version(), AppealReason.OTHER, "物流原因导致", List.of());
        world.clock().advance(Duration.ofDays(7));
        assertThatThrownBy(() -> appeals.submit(shop, fine.id(), fine.version(), false))
                .isInstanceOfSatisfying(AppealRefusedException.class, e -> assertThat(e.problem())
                        .isEqualTo(AppealRefusedException.Problem.WINDOW_CLOSED));
        assertThat(appeals.appeal(shop, draft.id()).status()).isEqualTo(AppealStatus.DRAFT);
    }

    @Test
    void only_appealable_reviews_of_the_users_own_shops_can_be_appealed() {
        world.login(agent);

        assertThatThrownBy(() -> appeals.startDraft(shop, "R-GOOD"))
                .isInstanceOfSatisfying(AppealRefusedException.class, e -> assertThat(e.problem())
                        .isEqualTo(AppealRefusedException.Problem.NOT_APPEALABLE));
        assertThatThrownBy(() -> appeals.startDraft(shop, "R-OLD")).isInstanceOf(AppealRefusedException.class);
        assertThatThrownBy(() -> appeals.startDraft(shop, "R-SECOND")).isInstanceOf(AppealRefusedException.class);
        UserSummary stranger = world.user(Role.AGENT, world.shop());
        world.login(stranger);
        assertThatThrownBy(() -> appealable.find(shop, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> appeals.startDraft(shop, "R-TT")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> statistics.stats(shop, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_force_majeure_record_kept_by_a_supervisor_becomes_evidence_for_parcels_in_its_region_and_period() {
        world.insert(
                shop,
                batch(
                        List.of(order("O-SNOW")
                                .route("浙江", "新疆")
                                .paid("2026-11-15 09:00:00")
                                .pickedUp("2026-11-15 18:00:00")
                                .signed("2026-11-19 12:00:00")
                                .build()),
                        List.of(),
                        List.of(review("R-SNOW", "O-SNOW", "2026-11-19 20:00:00", 1, "太慢")),
                        List.of()));
        world.login(agent);
        assertThatThrownBy(() -> forceMajeure.record(
                        "新疆",
                        LocalDate.of(2026, 11, 16),
                        LocalDate.of(2026, 11, 18),
                        "暴雪",
                        ForceMajeureProof.NEWS_REPORT))
                .isInstanceOf(AccessDeniedException.class);
        world.login(world.user(Role.SUPERVISOR, shop));
        ForceMajeureRecord snow = forceMajeure.record(
                "新疆维吾尔自治区",
                LocalDate.of(2026, 11, 16),
                LocalDate.of(2026, 11, 18),
                "乌鲁木齐暴雪封路",
                ForceMajeureProof.GOVERNMENT_NOTICE);
        try {
            world.login(agent);
            AppealableReview review = appealable.review(shop, "R-SNOW").orElseThrow();

            assertThat(snow.province()).isEqualTo("新疆");
            assertThat(review.suggestedReason()).isEqualTo(AppealReason.FORCE_MAJEURE);
            assertThat(review.evidence()).extracting(AppealEvidence::kind).contains(EvidenceKind.FORCE_MAJEURE);
            assertThat(appealable.suggestDraft(shop, "R-SNOW").text()).contains("新疆11月16日至11月18日乌鲁木齐暴雪封路");
        } finally {
            world.login(world.user(Role.ADMIN));
            forceMajeure.delete(snow.id());
        }
    }

    @Test
    void statistics_count_appeals_by_reason_and_agent_and_the_weekly_success_rate() {
        world.login(agent);
        AppealSummary tt = appeals.startDraft(shop, "R-TT");
        tt = appeals.submit(shop, tt.id(), tt.version(), false);
        world.login(agent2);
        AppealSummary late = appeals.startDraft(shop, "R-LATE");
        late = appeals.submit(shop, late.id(), late.version(), false);
        world.clock().advance(Duration.ofDays(3));
        appeals.recordDecision(shop, tt.id(), tt.version(), true, null);
        appeals.recordDecision(shop, late.id(), late.version(), false, null);

        AppealStats stats = statistics.stats(shop, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

        assertThat(stats.byReason())
                .extracting(AppealStats.Outcomes::group, AppealStats.Outcomes::filed, AppealStats.Outcomes::approved)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("logistics_anomaly", 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple("late_delivery", 1L, 0L));
        assertThat(stats.byAgent())
                .extracting(AppealStats.Outcomes::group, AppealStats.Outcomes::rejected)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(agent.displayName(), 0L),
                        org.assertj.core.groups.Tuple.tuple(agent2.displayName(), 1L));
        assertThat(stats.total().successRate()).isEqualByComparingTo("0.5");
        assertThat(stats.overTime()).singleElement().satisfies(week -> {
            assertThat(week.weekStart()).isEqualTo(LocalDate.of(2026, 11, 23));
            assertThat(week.approved()).isOne();
            assertThat(week.rejected()).isOne();
        });
    }

    private Callable<Object> submitAs(UserSummary user, AppealSummary draft, CyclicBarrier start) {
        return () -> {
            world.login(user);
            try {
                start.await();
                return appeals.submit(shop, draft.id(), draft.version(), false);
            } catch (AppealConflictException lost) {
                return lost;
            } finally {
                world.logout();
            }
        };
    }

    private Fraction productRatingAverage(LocalDate asOf) {
        @Nullable
        Fraction value = scores.score(shop, asOf)
                .indicator("product_rating_avg")
                .orElseThrow()
                .value();
        assertThat(value).isNotNull();
        return value;
    }

    private static ReviewRow review(String id, String orderId, String createdAt, int stars, String text) {
        return new ReviewRow(id, orderId, at(createdAt), stars, 3, 3, text, false, AppealStatus.NONE);
    }
}
