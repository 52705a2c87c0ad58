package com.scoredesk.scoring.score;

import static com.scoredesk.scoring.ShopFixture.t;
import static com.scoredesk.scoring.score.Scoring.R9;
import static org.assertj.core.api.Assertions.assertThat;

import com.scoredesk.scoring.Fraction;
import com.scoredesk.scoring.ShopFixture;
import com.scoredesk.scoring.model.AfterSaleType;
import com.scoredesk.scoring.model.AppealStatus;
import com.scoredesk.scoring.model.EscalationKind;
import com.scoredesk.scoring.model.ImSession;
import com.scoredesk.scoring.model.OrderFlag;
import com.scoredesk.scoring.model.ReasonCategory;
import com.scoredesk.scoring.model.ShopData;
import com.scoredesk.scoring.model.ShopType;
import com.scoredesk.scoring.model.Timestamps;
import com.scoredesk.scoring.model.ViolationKind;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which open items there are at "now", and their deadlines (sections 8 and 9), now = 2026-11-10 15:00 Shanghai. */
class OpenItemsTest {

    private static final String NOW = "2026-11-10 15:00:00";

    private static ScoreProjection project(ShopFixture shop) {
        return ScoreProjection.of(shop.build(), R9, Instant.ofEpochMilli(t(NOW)));
    }

    private static <T extends OpenItem> List<T> items(ScoreProjection p, Class<T> type) {
        return p.openItems().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # case                            | industry      | paid                | flag     | promised            | due
              paid today                      | 女装          | 2026-11-10 09:00:00 |          |                     | 2026-11-11 23:59:59
              paid yesterday night            | 女装          | 2026-11-09 23:30:00 |          |                     | 2026-11-10 23:59:59
              overdue                         | 女装          | 2026-11-08 10:00:00 |          |                     | 2026-11-09 23:59:59
              a presale by its promise        | 女装          | 2026-11-09 10:00:00 | PRESALE  | 2026-11-20 10:00:00 | 2026-11-20 10:00:00
              potted plants within 48 h       | 花卉/绿植盆栽 | 2026-11-10 09:00:00 |          |                     | 2026-11-12 09:00:00
              virtual orders are never picked | 女装          | 2026-11-10 09:00:00 | VIRTUAL  |                     |
              gifts do not count              | 女装          | 2026-11-10 09:00:00 | GIFT     |                     |
              paid after now is not known     | 女装          | 2026-11-10 15:00:00 |          |                     |
            """)
    void an_order_not_yet_picked_up_is_due_by_its_pickup_deadline(
            String name,
            String industry,
            String paid,
            @Nullable OrderFlag flag,
            @Nullable String promised,
            @Nullable String due) {
        ShopFixture shop = new ShopFixture(industry, ShopType.NON_FLAGSHIP);
        ShopFixture.OrderBuilder o = shop.order().paid(paid);
        if (flag != null) {
            o.flag(flag);
        }
        if (promised != null) {
            o.promised(promised);
        }
        o.add();
        List<OpenItem.UnpickedOrder> unpicked = items(project(shop), OpenItem.UnpickedOrder.class);
        if (due == null) {
            assertThat(unpicked).isEmpty();
        } else {
            assertThat(unpicked).singleElement().satisfies(u -> assertThat(u.deadline())
                    .isEqualTo(t(due)));
        }
    }

    @ParameterizedTest(name = "asked at {0}")
    @CsvSource({
        // asked now: the courier is expected at now + 2 h, which is what asking now would bring
        "2026-11-10 15:00:00, true",
        // asked an hour ago: expected at 16:00, sooner than asking again would bring
        "2026-11-10 14:00:00, true",
        // asked three hours ago and still nothing: the request did not work, the deadline is expected again
        "2026-11-10 12:00:00, false"
    })
    void asking_the_courier_to_come_moves_the_expected_pickup_and_leaves_nothing_to_gain_by_asking_again(
            String asked, boolean counts) {
        ShopFixture plain = pickupShop(null);
        ShopFixture urged = pickupShop(asked);
        ScoreProjection before = project(plain);
        ScoreProjection after = project(urged);
        OpenItem.UnpickedOrder waiting =
                items(before, OpenItem.UnpickedOrder.class).getFirst();
        Fraction worth = before.price(waiting).impact();
        assertThat(worth.signum())
                .as("asking is worth something before anyone asked")
                .isPositive();

        Fraction left = after.price(items(after, OpenItem.UnpickedOrder.class).getFirst())
                .impact();
        Fraction moved = java.util.Objects.requireNonNull(after.projected(1).exactTotal())
                .subtract(java.util.Objects.requireNonNull(before.projected(1).exactTotal()));
        if (counts) {
            assertThat(left.signum()).isZero();
            assertThat(moved.signum())
                    .as("the projected score rises once the courier was asked")
                    .isPositive();
            if (asked.equals(NOW)) {
                assertThat(moved).as("asked now is what acting now was worth").isEqualTo(worth);
            }
        } else {
            assertThat(left).isEqualTo(worth);
            assertThat(moved.signum()).isZero();
        }
    }

    private static ShopFixture pickupShop(@Nullable String asked) {
        ShopFixture shop = new ShopFixture();
        // 40 orders (past the growth stage's 30), picked up the next day at noon: 14 hours on the pickup clock, where
        // the curve still moves
        for (int day = 1; day <= 8; day++) {
            for (int n = 0; n < 5; n++) {
                shop.order()
                        .paid("2026-11-0" + day + " 10:0" + n + ":00")
                        .picked("2026-11-0" + (day + 1) + " 12:00:00")
                        .add();
            }
        }
        ShopFixture.OrderBuilder waiting = shop.order().paid("2026-11-09 23:30:00");
        if (asked != null) {
            waiting.pickupRequested(asked);
        }
        waiting.add();
        return shop;
    }

    @Test
    void an_order_with_an_open_refund_before_shipping_is_not_waiting_for_pickup() {
        ShopFixture shop = new ShopFixture();
        int o = shop.order().paid("2026-11-10 09:00:00").add();
        shop.afterSale(o, AfterSaleType.REFUND_UNSHIPPED, ReasonCategory.NO_REASON, "2026-11-10 09:30:00", null, null);
        assertThat(items(project(shop), OpenItem.UnpickedOrder.class)).isEmpty();
    }

    @ParameterizedTest(name = "applied {0}: due {1}")
    @CsvSource({
        "2026-11-10 09:00:00, 2026-11-12 09:00:00",
        "2026-11-09 23:30:00, 2026-11-12 08:00:00",
        "2026-11-07 10:00:00, 2026-11-09 10:00:00"
    })
    void an_after_sale_waiting_for_the_merchant_is_due_48_hours_after_the_review_clock_starts(
            String applied, String due) {
        ShopFixture shop = new ShopFixture();
        int o = shop.order()
                .paid("2026-11-01 09:00:00")
                .picked("2026-11-01 12:00:00")
                .signed("2026-11-03 12:00:00")
                .add();
        shop.afterSale(o, AfterSaleType.RETURN_REFUND, ReasonCategory.QUALITY, applied, null, null);
        shop.afterSale(o, AfterSaleType.RETURN_REFUND, ReasonCategory.QUALITY, applied, "2026-11-10 10:00:00", null);
        shop.afterSale(
                o,
                AfterSaleType.RETURN_REFUND,
                ReasonCategory.QUALITY,
                applied,
                null,
                null,
                "2026-11-10 10:00:00",
                false,
                false,
                false,
                false);
        assertThat(items(project(shop), OpenItem.PendingAfterSale.class))
                .singleElement()
                .satisfies(p -> assertThat(p.deadline()).isEqualTo(t(due)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # case                    | created             | stars | appeal    | open
              1 star this week        | 2026-11-05 10:00:00 | 1     | NONE      | true
              2 stars, a draft appeal | 2026-11-05 10:00:00 | 2     | DRAFT     | true
              appeal submitted        | 2026-11-05 10:00:00 | 1     | SUBMITTED | false
              3 stars                 | 2026-11-05 10:00:00 | 3     | NONE      | false
              written 7 days ago      | 2026-11-03 15:00:00 | 1     | NONE      | false
              written just inside     | 2026-11-03 15:00:01 | 1     | NONE      | true
            """)
    void a_1_or_2_star_first_review_can_be_appealed_for_7_days(
            String name, String created, int stars, AppealStatus appeal, boolean open) {
        ShopFixture shop = new ShopFixture();
        int o = shop.order()
                .paid("2026-11-01 09:00:00")
                .picked("2026-11-01 12:00:00")
                .signed("2026-11-02 12:00:00")
                .add();
        shop.review("R1", o, created, stars, appeal);
        List<OpenItem.AppealableReview> reviews = items(project(shop), OpenItem.AppealableReview.class);
        assertThat(reviews).hasSize(open ? 1 : 0);
        if (open) {
            assertThat(reviews.get(0).deadline()).isEqualTo(t(created) + 7 * Timestamps.DAY);
        }
    }

    @Test
    void unanswered_rounds_of_human_sessions_are_due_after_3_minutes_and_put_the_buyer_at_risk() {
        ShopFixture shop = new ShopFixture();
        int o = shop.order().paid("2026-11-01 09:00:00").add();
        int escalatedOrder = shop.order().paid("2026-11-01 09:00:00").add();
        shop.escalation(escalatedOrder, "2026-11-09 10:00:00", EscalationKind.PLATFORM_CS);
        int human = shop.session(o, "2026-11-10 14:50:00", true, 0);
        shop.round(human, "2026-11-10 14:50:00", "2026-11-10 14:50:20").round(human, "2026-11-10 14:58:00", null);
        int bot = shop.session(ImSession.NO_ORDER, "2026-11-10 14:00:00", false, 0);
        shop.round(bot, "2026-11-10 14:00:00", null);
        int other = shop.session(escalatedOrder, "2026-11-10 14:00:00", true, 0);
        shop.round(other, "2026-11-10 14:00:00", "2026-11-10 15:30:00");
        ScoreProjection p = project(shop);
        assertThat(items(p, OpenItem.UnansweredRound.class))
                .extracting(OpenItem::deadline, OpenItem.UnansweredRound::session)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(t("2026-11-10 15:01:00"), human),
                        org.assertj.core.groups.Tuple.tuple(t("2026-11-10 14:03:00"), other));
        assertThat(items(p, OpenItem.EscalationRisk.class))
                .extracting(OpenItem.EscalationRisk::order)
                .containsExactly(o);
    }

    @Test
    void replying_now_is_worth_the_seconds_saved_below_the_600_second_cap() {
        ShopFixture shop = new ShopFixture();
        shop.orders(40, shop.order().paid("2026-11-01 09:00:00").picked("2026-11-01 12:00:00"));
        int s = shop.session(ImSession.NO_ORDER, "2026-11-10 10:00:00", true, 0);
        shop.round(s, "2026-11-10 10:00:00", "2026-11-10 10:00:30");
        shop.round(s, "2026-11-10 14:58:20", null);
        shop.round(s, "2026-11-10 14:40:00", null);
        ScoreProjection p = project(shop);
        List<ItemImpact> rounds = p.price(items(p, OpenItem.UnansweredRound.class));
        // response 2026-09: (30 + 600 + 600) / 3 = 410 s -> 50; replying now to the 100-second-old round:
        // (30 + 100 + 600) / 3 = 243.3 s -> still 50, so no points; the 20-minute-old round is capped anyway
        assertThat(rounds).allSatisfy(i -> assertThat(i.impact()).isEqualTo(Fraction.ZERO));
        ShopFixture quick = new ShopFixture();
        quick.orders(40, quick.order().paid("2026-11-01 09:00:00").picked("2026-11-01 12:00:00"));
        int q = quick.session(ImSession.NO_ORDER, "2026-11-10 10:00:00", true, 0);
        for (int i = 0; i < 9; i++) {
            quick.round(q, "2026-11-10 1" + i / 5 + ":0" + i + ":00", "2026-11-10 1" + i / 5 + ":0" + i + ":10");
        }
        quick.round(q, "2026-11-10 14:59:00", null);
        ScoreProjection pq = project(quick);
        ItemImpact impact = pq.price(items(pq, OpenItem.UnansweredRound.class).get(0));
        // (9 * 10 + 600) / 10 = 69 s -> 70 - 10 * 9 / 30 = 67; replying now: (90 + 60) / 10 = 15 s -> 100.
        // Response time is the only service indicator with a value, and there is no product dimension (nothing
        // signed): service weighs 0.40 / (0.15 + 0.40), so the impact is 33 * 40 / 55 = 24 points
        assertThat(impact.impact()).isEqualTo(Fraction.of(24));
    }

    @Test
    void the_forecast_shows_bad_events_leaving_the_window() {
        ShopFixture shop = new ShopFixture();
        int first = shop.orders(
                40,
                shop.order()
                        .paid("2026-10-05 09:00:00")
                        .picked("2026-10-05 12:00:00")
                        .signed("2026-10-12 12:00:00"));
        shop.review(first, "2026-10-13 10:00:00", 1);
        shop.violation("2026-10-14 10:00:00", ViolationKind.REFUSE_INVOICE);
        ScoreProjection p = ScoreProjection.of(
                shop.build(),
                Scoring.REGISTRY,
                "douyin-2026-09",
                Clock.fixed(Instant.ofEpochMilli(t(NOW)), ZoneOffset.UTC));
        List<ProjectedDay> forecast = p.forecast();
        assertThat(forecast)
                .extracting(ProjectedDay::day)
                .containsExactly(
                        LocalDate.of(2026, 11, 11),
                        LocalDate.of(2026, 11, 12),
                        LocalDate.of(2026, 11, 13),
                        LocalDate.of(2026, 11, 14),
                        LocalDate.of(2026, 11, 15),
                        LocalDate.of(2026, 11, 16),
                        LocalDate.of(2026, 11, 17));
        // the window of 11-12 is [10-13, 11-12): the orders signed on 10-12 and their 1-star review leave it
        assertThat(forecast.get(1).leaving())
                .extracting(ProjectedDay.LeavingEvent::kind)
                .containsExactly("low_rating_review");
        // the violation of 10-14 is in the windows up to that of 11-13 = [10-14, 11-13) and leaves on 11-14
        assertThat(forecast.get(2).leaving()).isEmpty();
        assertThat(forecast.get(3).leaving())
                .extracting(ProjectedDay.LeavingEvent::kind)
                .containsExactly("violation");
        // (growth stage: the orders were paid before these windows)
        assertThat(forecast.get(2).score().growth().violations()).isEqualTo(1);
        assertThat(forecast.get(3).score().growth().violations()).isZero();
        assertThat(forecast.get(2).score().total()).isEqualByComparingTo("60");
        assertThat(forecast.get(3).score().total()).isEqualByComparingTo("70");
        assertThat(forecast.get(0)
                        .score()
                        .indicator("product_rating_avg")
                        .orElseThrow()
                        .population())
                .isEqualTo(1);
        assertThat(forecast.get(1)
                        .score()
                        .indicator("product_rating_avg")
                        .orElseThrow()
                        .population())
                .isZero();
    }

    @Test
    void the_projection_uses_the_rule_set_of_each_day() {
        ShopFixture shop = new ShopFixture();
        shop.orders(
                40,
                shop.order()
                        .paid("2026-08-20 09:00:00")
                        .picked("2026-08-20 12:00:00")
                        .signed("2026-08-22 12:00:00"));
        ShopData data = shop.build();
        ScoreProjection p = ScoreProjection.of(
                data,
                Scoring.REGISTRY,
                null,
                Clock.fixed(Instant.ofEpochMilli(t("2026-09-04 12:00:00")), ZoneOffset.UTC));
        assertThat(p.forecast())
                .extracting(d -> d.score().ruleSetId())
                .containsExactly(
                        "douyin-2026-07",
                        "douyin-2026-07",
                        "douyin-2026-07",
                        "douyin-2026-09",
                        "douyin-2026-09",
                        "douyin-2026-09",
                        "douyin-2026-09");
    }

    @Test
    void at_the_top_of_the_scale_acting_is_worth_nothing_and_the_exact_path_says_so() {
        // 500 good orders (no small-shop floor), next-day delivery and freight insurance on all: +5 +2 in bonuses
        ShopFixture shop = new ShopFixture().freightInsuranceEnabled();
        int first = shop.orders(
                500,
                shop.order()
                        .paid("2026-11-01 09:00:00")
                        .picked("2026-11-01 10:00:00")
                        .signed("2026-11-02 10:00:00")
                        .flag(OrderFlag.NEXT_DAY_DELIVERY)
                        .flag(OrderFlag.FREIGHT_INSURANCE));
        for (int i = 0; i < 100; i++) {
            shop.review(first + i, "2026-11-03 10:00:00", 5);
        }
        int s = shop.session(ImSession.NO_ORDER, "2026-11-10 10:00:00", true, 0);
        for (int i = 0; i < 20; i++) {
            long at = t("2026-11-10 10:00:00") + i * 5 * Timestamps.MINUTE;
            shop.round(s, Timestamps.format(at), Timestamps.format(at + 10 * Timestamps.SECOND));
        }
        shop.round(s, "2026-11-10 14:59:00", null);
        ScoreProjection p = project(shop);
        // response (20 * 10 + 600) / 21 = 38.1 s -> 84.6; 45 + 15 + 0.4 * 84.6 + 7 = 101.8, clamped to 100;
        // replying now: 12.4 s -> 100 and 107 before the clamp: still 100
        assertThat(p.projected(1).totalUnrounded()).isEqualTo(Fraction.of(100));
        OpenItem round = items(p, OpenItem.UnansweredRound.class).get(0);
        assertThat(p.price(round).impact()).isEqualTo(Fraction.ZERO).isEqualTo(p.recomputedImpact(round));
    }
}
