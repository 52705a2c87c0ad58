package com.scoredesk.scoring.score;

import static com.scoredesk.scoring.score.Scoring.R5;
import static com.scoredesk.scoring.score.Scoring.R9;
import static com.scoredesk.scoring.score.Scoring.indicator;
import static com.scoredesk.scoring.score.Scoring.score;
import static org.assertj.core.api.Assertions.assertThat;

import com.scoredesk.scoring.Fraction;
import com.scoredesk.scoring.ShopFixture;
import com.scoredesk.scoring.model.AfterSaleType;
import com.scoredesk.scoring.model.AppealStatus;
import com.scoredesk.scoring.model.ImSession;
import com.scoredesk.scoring.model.ReasonCategory;
import com.scoredesk.scoring.model.ShopData;
import org.junit.jupiter.api.Test;

/** Section 2: the score of day T sees only what happened before T 00:00 Asia/Shanghai. */
class VisibilityTest {

    @Test
    void the_same_data_scored_a_day_later_sees_the_events_of_that_day() {
        ShopFixture shop = new ShopFixture();
        int o = shop.order()
                .paid("2026-07-30 10:00:00")
                .picked("2026-07-31 10:00:00")
                .signed("2026-08-01 09:00:00")
                .add();
        shop.afterSale(
                o,
                AfterSaleType.REFUND_SHIPPED,
                ReasonCategory.QUALITY,
                "2026-08-01 10:00:00",
                "2026-08-01 11:00:00",
                "2026-08-01 11:00:00");
        ShopData data = shop.build();

        ScoreResult before = score(data, "2026-08-01", R9);
        ScoreResult after = score(data, "2026-08-02", R9);

        assertThat(indicator(before, "quality_return_rate").population()).isZero();
        assertThat(indicator(before, "after_sale_review_hours").population()).isZero();
        assertThat(indicator(after, "quality_return_rate").value()).isEqualTo(Fraction.ONE);
        assertThat(indicator(after, "after_sale_review_hours").value()).isEqualTo(Fraction.ONE);
        assertThat(before.windowFrom()).hasToString("2026-07-02");
        assertThat(before.windowTo()).hasToString("2026-07-31");
    }

    @Test
    void a_reference_to_an_order_paid_after_t_is_merely_invisible() {
        ShopFixture shop = new ShopFixture();
        int later = shop.order().paid("2026-08-05 10:00:00").add();
        shop.review(later, "2026-08-06 10:00:00", 1);
        shop.afterSale(later, AfterSaleType.RETURN_REFUND, ReasonCategory.QUALITY, "2026-07-30 10:00:00", null, null);
        ScoreResult r = score(shop, "2026-08-01", R9);
        assertThat(r.growth().validPaidOrders()).isZero();
        assertThat(indicator(r, "platform_help_rate").population()).isZero();
    }

    @Test
    void an_approved_appeal_removes_a_review_from_the_5_point_negative_rate_too() {
        ShopFixture shop = new ShopFixture();
        int a = shop.order()
                .paid("2023-05-01 10:00:00")
                .signed("2023-05-05 10:00:00")
                .add();
        int b = shop.order()
                .paid("2023-05-01 10:00:00")
                .signed("2023-05-05 10:00:00")
                .add();
        shop.review("R1", a, "2023-05-06 10:00:00", 1, AppealStatus.APPROVED);
        shop.review("R2", b, "2023-05-06 10:00:00", 2, AppealStatus.SUBMITTED);
        ScoreResult.IndicatorScore rate = indicator(score(shop, "2023-06-01", R5), "negative_review_rate");
        assertThat(rate.population()).isEqualTo(2);
        assertThat(rate.numerator()).isEqualTo(Fraction.ONE);
    }

    @Test
    void the_5_point_gate_looks_at_the_last_30_days_only() {
        ShopFixture shop = new ShopFixture();
        shop.session(ImSession.NO_ORDER, "2023-04-30 10:00:00", true, 1);
        shop.session(ImSession.NO_ORDER, "2023-05-02 10:00:00", true, 1);
        shop.session(ImSession.NO_ORDER, "2023-05-02 10:00:00", true, 5);
        shop.session(ImSession.NO_ORDER, "2023-05-02 23:30:00", true, 1);
        ScoreResult r = score(shop, "2023-06-01", R5);
        assertThat(r.gate().rate()).isEqualTo(Fraction.of(1, 2));
    }
}
