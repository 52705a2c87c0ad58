package com.scoredesk.activity;

import static com.scoredesk.activity.ActivityFixtures.escalation;
import static com.scoredesk.activity.ActivityFixtures.paidOrder;
import static com.scoredesk.activity.ActivityFixtures.pendingAfterSale;
import static com.scoredesk.activity.ActivityFixtures.review;
import static com.scoredesk.activity.ActivityFixtures.round;
import static com.scoredesk.activity.ActivityFixtures.session;
import static com.scoredesk.testing.Times.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.scoredesk.scoring.model.ImSession;
import com.scoredesk.scoring.model.Order;
import com.scoredesk.scoring.model.ShopData;
import com.scoredesk.scoring.model.ShopType;
import com.scoredesk.testing.DomainSlice;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

/** The loader reads what a window needs and nothing that merely exists. */
@DomainSlice
class ShopDataLoaderTest {

    private static final ScoringWindow WINDOW =
            new ScoringWindow(at("2026-10-21 00:00:00"), at("2026-10-14 00:00:00"), at("2026-11-20 00:00:00"));
    private static final com.scoredesk.scoring.model.Shop SHOP =
            new com.scoredesk.scoring.model.Shop("S1", "店铺", "女装", ShopType.FLAGSHIP, null, false, false);

    @Autowired
    TestEntityManager em;

    @Autowired
    ActivityJdbcWriter writer;

    @Autowired
    ShopDataLoader loader;

    long shopId;

    @BeforeEach
    void create_a_shop() {
        shopId = Objects.requireNonNull(
                em.persistAndFlush(new com.scoredesk.shop.Shop("S1", "店铺", "女装", com.scoredesk.shop.ShopType.FLAGSHIP))
                        .getId());
    }

    @Test
    void orders_outside_the_window_and_after_its_end_stay_out() {
        writer.insert(
                shopId,
                orders(
                        paidOrder("O-IN", "2026-11-01 10:00:00"),
                        paidOrder("O-OLD", "2026-06-01 10:00:00"),
                        paidOrder("O-TODAY", "2026-11-20 09:00:00")));

        assertThat(loader.load(SHOP, shopId, WINDOW).orders())
                .extracting(Order::orderId)
                .containsExactly("O-IN");
    }

    @Test
    void an_old_order_comes_along_when_a_chat_or_after_sale_of_the_window_refers_to_it() {
        writer.insert(
                shopId,
                new ActivityBatch(
                        List.of(
                                paidOrder("O-OLD-CHAT", "2026-06-01 10:00:00"),
                                paidOrder("O-OLD-AFTER-SALE", "2026-06-02 10:00:00"),
                                paidOrder("O-OLD-QUIET", "2026-06-03 10:00:00")),
                        List.of(pendingAfterSale("A1", "O-OLD-AFTER-SALE", "2026-11-10 10:00:00")),
                        List.of(),
                        List.of(session("M1", "O-OLD-CHAT", "2026-11-10 10:00:00")),
                        List.of(round("M1", "2026-11-10 10:00:00", "2026-11-10 10:00:20")),
                        List.of(),
                        List.of(),
                        List.of()));

        ShopData data = loader.load(SHOP, shopId, WINDOW);

        assertThat(data.orders())
                .extracting(Order::orderId)
                .containsExactlyInAnyOrder("O-OLD-CHAT", "O-OLD-AFTER-SALE");
        assertThat(data.sessions())
                .singleElement()
                .satisfies(s -> assertThat(data.order(s.order()).orderId()).isEqualTo("O-OLD-CHAT"));
        assertThat(data.rounds()).hasSize(1);
        assertThat(data.afterSales()).hasSize(1);
    }

    @Test
    void every_review_and_escalation_of_a_window_order_is_read_however_old() {
        writer.insert(
                shopId,
                new ActivityBatch(
                        List.of(paidOrder("O1", "2026-10-01 10:00:00")),
                        List.of(),
                        List.of(
                                review("R1", "O1", "2026-10-02 10:00:00", 1),
                                review("R2", "O1", "2026-11-02 10:00:00", 5)),
                        List.of(),
                        List.of(),
                        List.of(escalation("E1", "O1", "2026-10-03 10:00:00")),
                        List.of(),
                        List.of()));

        ShopData data = loader.load(
                SHOP,
                shopId,
                new ScoringWindow(at("2026-09-30 00:00:00"), at("2026-09-23 00:00:00"), at("2026-11-20 00:00:00")));

        assertThat(data.reviews()).hasSize(2);
        assertThat(data.escalations()).hasSize(1);
    }

    @Test
    void a_chat_about_an_order_the_shop_does_not_have_is_left_out_with_its_rounds() {
        writer.insert(
                shopId,
                ActivityFixtures.batch(
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(
                                session("M1", "O-UNKNOWN", "2026-11-10 10:00:00"),
                                session("M2", null, "2026-11-10 11:00:00")),
                        List.of(
                                round("M1", "2026-11-10 10:00:00", null),
                                round("M2", "2026-11-10 11:00:00", "2026-11-10 11:00:10"))));

        ShopData data = loader.load(SHOP, shopId, WINDOW);

        assertThat(data.sessions()).extracting(ImSession::sessionId).containsExactly("M2");
        assertThat(data.sessions().getFirst().hasOrder()).isFalse();
        assertThat(data.rounds()).singleElement().satisfies(r -> assertThat(r.session())
                .isZero());
    }

    private static ActivityBatch orders(OrderRow... rows) {
        return ActivityFixtures.batch(List.of(rows), List.of(), List.of(), List.of(), List.of());
    }
}
