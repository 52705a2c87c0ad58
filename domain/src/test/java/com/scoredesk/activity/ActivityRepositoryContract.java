package com.scoredesk.activity;

import static com.scoredesk.activity.ActivityFixtures.escalation;
import static com.scoredesk.activity.ActivityFixtures.fullAfterSale;
import static com.scoredesk.activity.ActivityFixtures.fullOrder;
import static com.scoredesk.activity.ActivityFixtures.paidOrder;
import static com.scoredesk.activity.ActivityFixtures.pendingAfterSale;
import static com.scoredesk.activity.ActivityFixtures.review;
import static com.scoredesk.activity.ActivityFixtures.round;
import static com.scoredesk.activity.ActivityFixtures.session;
import static com.scoredesk.activity.ActivityFixtures.transitTimeout;
import static com.scoredesk.activity.ActivityFixtures.violation;
import static com.scoredesk.testing.Times.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoredesk.scoring.model.AfterSaleStatus;
import com.scoredesk.scoring.model.AppealStatus;
import com.scoredesk.shop.Shop;
import com.scoredesk.shop.ShopType;
import com.scoredesk.testing.DomainSlice;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * What the activity tables must do on every database we support: keep every column, keep natural keys unique per
 * shop, answer the worklist queries, and refuse a stale write. Subclasses pick the database.
 */
@DomainSlice
abstract class ActivityRepositoryContract {

    @Autowired
    TestEntityManager em;

    @Autowired
    ActivityJdbcWriter writer;

    @Autowired
    ShopOrderRepository orders;

    @Autowired
    AfterSaleRepository afterSales;

    @Autowired
    ReviewRepository reviews;

    @Autowired
    ImSessionRepository sessions;

    @Autowired
    ImRoundRepository rounds;

    @Autowired
    EscalationRepository escalations;

    @Autowired
    ViolationRepository violations;

    @Autowired
    LogisticsEventRepository logisticsEvents;

    long shopId;
    long otherShopId;

    @BeforeEach
    void create_two_shops() {
        shopId = persistShop("S1");
        otherShopId = persistShop("S2");
    }

    private long persistShop(String code) {
        return Objects.requireNonNull(em.persistAndFlush(new Shop(code, "店铺 " + code, "女装", ShopType.FLAGSHIP))
                .getId());
    }

    @Test
    void every_column_written_in_a_batch_reads_back_unchanged() {
        var batch = new ActivityBatch(
                List.of(fullOrder("O1")),
                List.of(fullAfterSale("A1", "O1")),
                List.of(review("R1", "O1", "2026-11-05 10:00:00", 1)),
                List.of(session("M1", "O1", "2026-11-03 10:00:00")),
                List.of(round("M1", "2026-11-03 10:00:00", "2026-11-03 10:00:25")),
                List.of(escalation("E1", "O1", "2026-11-07 12:00:00")),
                List.of(violation("V1", "2026-11-02 08:00:00")),
                List.of(transitTimeout("O1", "2026-11-03 02:00:00")));

        writer.insert(shopId, batch);
        em.clear();

        assertThat(orders.findByShopIdAndOrderId(shopId, "O1").orElseThrow().toRow())
                .isEqualTo(batch.orders().getFirst());
        assertThat(afterSales
                        .findByShopIdAndAfterSaleId(shopId, "A1")
                        .orElseThrow()
                        .toRow())
                .isEqualTo(batch.afterSales().getFirst());
        assertThat(reviews.findByShopIdAndReviewId(shopId, "R1").orElseThrow().toRow())
                .isEqualTo(batch.reviews().getFirst());
        assertThat(sessions.findByShopIdAndSessionId(shopId, "M1").orElseThrow().toRow())
                .isEqualTo(batch.sessions().getFirst());
        assertThat(rounds.findAll())
                .extracting(ImRound::toRow)
                .containsExactly(batch.rounds().getFirst());
        assertThat(escalations.findAll())
                .extracting(Escalation::toRow)
                .containsExactly(batch.escalations().getFirst());
        assertThat(violations.findAll())
                .extracting(Violation::toRow)
                .containsExactly(batch.violations().getFirst());
        assertThat(logisticsEvents.findByShopIdAndOrderIdOrderByOccurredAtAsc(shopId, "O1"))
                .extracting(LogisticsEvent::toRow)
                .containsExactly(batch.logisticsEvents().getFirst());
    }

    @Test
    void the_same_platform_id_may_exist_once_per_shop() {
        writer.insert(shopId, onlyOrders(paidOrder("O1", "2026-11-01 10:00:00")));
        writer.insert(otherShopId, onlyOrders(paidOrder("O1", "2026-11-01 10:00:00")));

        assertThat(orders.countByShopId(shopId)).isOne();
        assertThat(orders.countByShopId(otherShopId)).isOne();
        assertThatThrownBy(() -> writer.insert(shopId, onlyOrders(paidOrder("O1", "2026-11-02 10:00:00"))))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_round_of_an_unknown_session_is_refused() {
        var batch = ActivityFixtures.batch(
                List.of(), List.of(), List.of(), List.of(), List.of(round("NOPE", "2026-11-03 10:00:00", null)));

        assertThatThrownBy(() -> writer.insert(shopId, batch))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NOPE");
    }

    @Test
    void a_session_has_one_round_per_buyer_message_time() {
        writer.insert(
                shopId,
                ActivityFixtures.batch(
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(session("M1", null, "2026-11-03 10:00:00")),
                        List.of(round("M1", "2026-11-03 10:00:00", null))));

        assertThatThrownBy(() -> writer.insert(
                        shopId,
                        ActivityFixtures.batch(
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(round("M1", "2026-11-03 10:00:00", "2026-11-03 10:01:00")))))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void orders_waiting_for_the_courier_are_listed_oldest_first_and_only_for_their_shop() {
        OrderRow pickedUp = fullOrder("O-DONE");
        writer.insert(
                shopId,
                new ActivityBatch(
                        List.of(
                                paidOrder("O-NEW", "2026-11-20 09:00:00"),
                                paidOrder("O-OLD", "2026-11-19 09:00:00"),
                                paidOrder("O-TOO-OLD", "2026-11-01 09:00:00"),
                                paidOrder("O-FUTURE", "2026-11-20 12:00:00"),
                                pickedUp),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of()));
        writer.insert(otherShopId, onlyOrders(paidOrder("O-OTHER", "2026-11-20 09:00:00")));

        assertThat(orders.findNotPickedUp(shopId, at("2026-11-10 00:00:00"), at("2026-11-20 11:00:00")))
                .extracting(ShopOrder::getOrderId)
                .containsExactly("O-OLD", "O-NEW");
    }

    @Test
    void pending_after_sales_are_listed_oldest_first() {
        writer.insert(
                shopId,
                ActivityFixtures.batch(
                        List.of(),
                        List.of(
                                pendingAfterSale("A2", "O2", "2026-11-20 09:00:00"),
                                fullAfterSale("A-DONE", "O1"),
                                pendingAfterSale("A1", "O1", "2026-11-19 22:00:00")),
                        List.of(),
                        List.of(),
                        List.of()));

        assertThat(afterSales.findByShopIdAndStatusOrderByAppliedAtAscAfterSaleIdAsc(shopId, AfterSaleStatus.PENDING))
                .extracting(AfterSale::getAfterSaleId)
                .containsExactly("A1", "A2");
    }

    @Test
    void low_rated_reviews_of_the_appeal_window_are_listed_newest_first() {
        writer.insert(
                shopId,
                ActivityFixtures.batch(
                        List.of(),
                        List.of(),
                        List.of(
                                review("R-OLD", "O1", "2026-11-01 10:00:00", 1),
                                review("R-ONE", "O2", "2026-11-15 10:00:00", 1),
                                review("R-TWO", "O3", "2026-11-18 10:00:00", 2),
                                review("R-GOOD", "O4", "2026-11-18 11:00:00", 5),
                                review("R-NONE", "O5", "2026-11-18 12:00:00", null)),
                        List.of(),
                        List.of()));

        assertThat(reviews.findLowRated(shopId, 2, at("2026-11-13 00:00:00"), at("2026-11-20 11:00:00")))
                .extracting(Review::getReviewId)
                .containsExactly("R-TWO", "R-ONE");
    }

    @Test
    void unanswered_rounds_are_listed_longest_wait_first() {
        writer.insert(
                shopId,
                ActivityFixtures.batch(
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(session("M1", null, "2026-11-20 09:00:00"), session("M2", "O2", "2026-11-20 09:30:00")),
                        List.of(
                                round("M1", "2026-11-20 09:00:00", "2026-11-20 09:00:30"),
                                round("M1", "2026-11-20 10:40:00", null),
                                round("M2", "2026-11-20 10:30:00", null),
                                round("M2", "2026-11-19 10:30:00", null))));

        assertThat(rounds.findUnanswered(shopId, at("2026-11-20 00:00:00"), at("2026-11-20 11:00:00")))
                .extracting(
                        round -> round.toRow().sessionId() + "@" + round.toRow().buyerMessageAt())
                .containsExactly("M2@" + at("2026-11-20 10:30:00"), "M1@" + at("2026-11-20 10:40:00"));
    }

    @Test
    void a_stale_copy_of_an_acted_on_round_cannot_overwrite_the_newer_one() {
        writer.insert(
                shopId,
                ActivityFixtures.batch(
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(session("M1", null, "2026-11-20 09:00:00")),
                        List.of(round("M1", "2026-11-20 10:40:00", null))));
        ImRound stale = rounds.findAll().getFirst();
        em.detach(stale);
        ImRound fresh = rounds.findById(Objects.requireNonNull(stale.getId())).orElseThrow();
        fresh.answer(at("2026-11-20 10:41:00"));
        em.flush();

        stale.answer(at("2026-11-20 10:45:00"));

        assertThatThrownBy(() -> rounds.saveAndFlush(stale))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void acting_on_rows_bumps_their_version() {
        writer.insert(
                shopId,
                new ActivityBatch(
                        List.of(paidOrder("O1", "2026-11-20 09:00:00")),
                        List.of(pendingAfterSale("A1", "O1", "2026-11-20 09:30:00")),
                        List.of(review("R1", "O1", "2026-11-20 09:40:00", 1)),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of()));
        ShopOrder order = orders.findByShopIdAndOrderId(shopId, "O1").orElseThrow();
        AfterSale afterSale =
                afterSales.findByShopIdAndAfterSaleId(shopId, "A1").orElseThrow();
        Review review = reviews.findByShopIdAndReviewId(shopId, "R1").orElseThrow();

        order.pickUp(at("2026-11-20 11:00:00"));
        afterSale.agree(at("2026-11-20 11:00:00"));
        review.changeAppeal(AppealStatus.SUBMITTED);
        em.flush();
        em.clear();

        assertThat(orders.findByShopIdAndOrderId(shopId, "O1").orElseThrow().getVersion())
                .isOne();
        assertThat(afterSales.findByShopIdAndAfterSaleId(shopId, "A1").orElseThrow())
                .extracting(AfterSale::getVersion, AfterSale::getStatus)
                .containsExactly(1L, AfterSaleStatus.AGREED);
        assertThat(reviews.findByShopIdAndReviewId(shopId, "R1").orElseThrow())
                .extracting(Review::getVersion, Review::getAppealStatus)
                .containsExactly(1L, AppealStatus.SUBMITTED);
    }

    private static ActivityBatch onlyOrders(OrderRow... rows) {
        return ActivityFixtures.batch(List.of(rows), List.of(), List.of(), List.of(), List.of());
    }
}
