package com.scoredesk.scoring.score;

import static com.scoredesk.scoring.score.Scoring.R9;
import static com.scoredesk.scoring.score.Scoring.indicator;
import static com.scoredesk.scoring.score.Scoring.score;
import static org.assertj.core.api.Assertions.assertThat;

import com.scoredesk.scoring.Fraction;
import com.scoredesk.scoring.ShopFixture;
import com.scoredesk.scoring.model.AfterSaleType;
import com.scoredesk.scoring.model.AppealStatus;
import com.scoredesk.scoring.model.EscalationKind;
import com.scoredesk.scoring.model.OrderFlag;
import com.scoredesk.scoring.model.ReasonCategory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Section 4 (which orders count) and the product indicators of section 5.2, scored on 2026-08-01. */
class ValidOrdersAndProductIndicatorsTest {

    private static final String T = "2026-08-01";

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # case                      | flag            | fen | paid                | valid
              plain order               |                 | 10000 | 2026-07-10 10:00:00 | 1
              gift                      | GIFT            | 10000 | 2026-07-10 10:00:00 | 0
              lucky bag                 | LUCKY_BAG       | 10000 | 2026-07-10 10:00:00 | 0
              instant refund            | INSTANT_REFUND  | 10000 | 2026-07-10 10:00:00 | 0
              abnormal                  | ABNORMAL        | 10000 | 2026-07-10 10:00:00 | 0
              presale is valid          | PRESALE         | 10000 | 2026-07-10 10:00:00 | 1
              virtual is valid          | VIRTUAL         | 10000 | 2026-07-10 10:00:00 | 1
              2.00 yuan is low price    |                 | 200   | 2026-07-10 10:00:00 | 0
              1.99 yuan is low price    |                 | 199   | 2026-07-10 10:00:00 | 0
              2.01 yuan is valid        |                 | 201   | 2026-07-10 10:00:00 | 1
              empty amount is not low   |                 | -1    | 2026-07-10 10:00:00 | 1
              no paid_at never counts   |                 | 10000 |                     | 0
              paid at T 00:00 is unseen |                 | 10000 | 2026-08-01 00:00:00 | 0
              paid just before T        |                 | 10000 | 2026-07-31 23:59:59 | 1
              paid on the first day     |                 | 10000 | 2026-07-02 00:00:00 | 1
              paid before the window    |                 | 10000 | 2026-07-01 23:59:59 | 0
            """)
    void a_valid_paid_order_has_paid_at_no_excluding_flag_and_more_than_2_yuan(
            String name, @Nullable OrderFlag flag, long fen, @Nullable String paid, long valid) {
        ShopFixture shop = new ShopFixture();
        ShopFixture.OrderBuilder order = shop.order().amountFen(fen);
        if (paid != null) {
            order.paid(paid);
        }
        if (flag != null) {
            order.flag(flag);
        }
        int o = order.add();
        shop.afterSale(o, AfterSaleType.REFUND_SHIPPED, ReasonCategory.DAMAGE, "2026-07-20 10:00:00", null, null);
        ScoreResult r = score(shop, T, R9);
        assertThat(r.growth().validPaidOrders()).isEqualTo(valid);
        assertThat(indicator(r, "damage_return_rate").population()).isEqualTo(valid);
        assertThat(indicator(r, "damage_return_rate").numerator()).isEqualTo(Fraction.of(valid));
    }

    @Test
    void after_sales_reviews_and_escalations_of_invalid_orders_do_not_count() {
        ShopFixture shop = new ShopFixture();
        int gift = shop.order()
                .flag(OrderFlag.GIFT)
                .paid("2026-07-10 10:00:00")
                .signed("2026-07-12 10:00:00")
                .add();
        shop.afterSale(
                gift,
                AfterSaleType.REFUND_SHIPPED,
                ReasonCategory.QUALITY,
                "2026-07-13 10:00:00",
                "2026-07-13 11:00:00",
                "2026-07-13 11:00:00");
        shop.review(gift, "2026-07-13 10:00:00", 1);
        shop.escalation(gift, "2026-07-14 10:00:00", EscalationKind.COMPLAINT);
        shop.session(gift, "2026-07-13 10:00:00", true, 0);
        ScoreResult r = score(shop, T, R9);
        assertThat(indicator(r, "quality_return_rate").population()).isZero();
        assertThat(indicator(r, "product_rating_avg").population()).isZero();
        assertThat(indicator(r, "after_sale_review_hours").population()).isZero();
        assertThat(indicator(r, "platform_help_rate").population()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # case                                 | id1 | created1            | stars1 | appeal1  | id2 | created2            | stars2 | signed              | pop | sum
              the earliest review counts           | R2  | 2026-07-10 10:00:00 | 1      | NONE     | R1  | 2026-07-11 10:00:00 | 5      | 2026-07-09 10:00:00 | 1   | 1
              a tie goes to the smaller id         | R2  | 2026-07-10 10:00:00 | 5      | NONE     | R1  | 2026-07-10 10:00:00 | 2      | 2026-07-09 10:00:00 | 1   | 2
              ids compare as text                  | R10 | 2026-07-10 10:00:00 | 5      | NONE     | R9  | 2026-07-10 10:00:00 | 3      | 2026-07-09 10:00:00 | 1   | 5
              an approved first review is dropped  | R1  | 2026-07-10 10:00:00 | 1      | APPROVED | R2  | 2026-07-11 10:00:00 | 5      | 2026-07-09 10:00:00 | 0   | 0
              a rejected appeal keeps the review   | R1  | 2026-07-10 10:00:00 | 1      | REJECTED | R2  | 2026-07-11 10:00:00 | 5      | 2026-07-09 10:00:00 | 1   | 1
              a first review without rating counts | R1  | 2026-07-10 10:00:00 | 0      | NONE     | R2  | 2026-07-11 10:00:00 | 4      | 2026-07-09 10:00:00 | 0   | 0
              a review at T 00:00 is unseen        | R1  | 2026-08-01 00:00:00 | 1      | NONE     | R2  | 2026-08-02 10:00:00 | 5      | 2026-07-09 10:00:00 | 0   | 0
              an order signed at T is not counted  | R1  | 2026-07-10 10:00:00 | 4      | NONE     | R2  | 2026-07-11 10:00:00 | 5      | 2026-08-01 00:00:00 | 0   | 0
              an order signed before the window    | R1  | 2026-07-10 10:00:00 | 4      | NONE     | R2  | 2026-07-11 10:00:00 | 5      | 2026-07-01 23:59:59 | 0   | 0
              the review may come after signing    | R1  | 2026-07-31 23:59:59 | 3      | NONE     | R2  | 2026-07-11 10:00:00 | 5      | 2026-07-09 10:00:00 | 1   | 5
            """)
    void product_rating_avg_counts_the_first_review_of_orders_signed_in_the_window(
            String name,
            String id1,
            String created1,
            int stars1,
            AppealStatus appeal1,
            String id2,
            String created2,
            int stars2,
            String signed,
            long population,
            long sum) {
        ShopFixture shop = new ShopFixture();
        int o = shop.order().paid("2026-06-01 10:00:00").signed(signed).add();
        shop.review(id1, o, created1, stars1, appeal1).review(id2, o, created2, stars2, AppealStatus.NONE);
        ScoreResult.IndicatorScore rating = indicator(score(shop, T, R9), "product_rating_avg");
        assertThat(rating.population()).isEqualTo(population);
        assertThat(rating.numerator()).isEqualTo(Fraction.of(sum));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # case                                     | reason            | type             | applied             | closed              | num
              a quality after-sale counts              | QUALITY           | RETURN_REFUND    | 2026-07-20 10:00:00 |                     | 1
              any type counts                          | QUALITY           | EXCHANGE         | 2026-07-20 10:00:00 |                     | 1
              a closed one counts too                  | QUALITY           | REFUND_SHIPPED   | 2026-07-20 10:00:00 | 2026-07-21 10:00:00 | 1
              applied before the order was signed      | QUALITY           | REFUND_UNSHIPPED | 2026-06-02 10:00:00 |                     | 1
              other reasons do not                     | LOGISTICS_QUALITY | RETURN_REFUND    | 2026-07-20 10:00:00 |                     | 0
              damage does not                          | DAMAGE            | RETURN_REFUND    | 2026-07-20 10:00:00 |                     | 0
              applied at T 00:00 is unseen             | QUALITY           | RETURN_REFUND    | 2026-08-01 00:00:00 |                     | 0
            """)
    void quality_return_rate_counts_signed_orders_with_a_quality_after_sale(
            String name, ReasonCategory reason, AfterSaleType type, String applied, @Nullable String closed, long num) {
        ShopFixture shop = new ShopFixture();
        int o = shop.order()
                .paid("2026-06-01 10:00:00")
                .signed("2026-07-10 10:00:00")
                .add();
        shop.order().paid("2026-06-01 10:00:00").signed("2026-07-10 10:00:00").add();
        shop.afterSale(o, type, reason, applied, null, null, closed, false, false, false, false);
        ScoreResult.IndicatorScore rate = indicator(score(shop, T, R9), "quality_return_rate");
        assertThat(rate.population()).isEqualTo(2);
        assertThat(rate.numerator()).isEqualTo(Fraction.of(num));
    }

    @Test
    void an_order_with_two_quality_after_sales_counts_once() {
        ShopFixture shop = new ShopFixture();
        int o = shop.order()
                .paid("2026-06-01 10:00:00")
                .signed("2026-07-10 10:00:00")
                .add();
        shop.afterSale(o, AfterSaleType.RETURN_REFUND, ReasonCategory.QUALITY, "2026-07-11 10:00:00", null, null);
        shop.afterSale(o, AfterSaleType.EXCHANGE, ReasonCategory.QUALITY, "2026-07-12 10:00:00", null, null);
        ScoreResult.IndicatorScore rate = indicator(score(shop, T, R9), "quality_return_rate");
        assertThat(rate.value()).isEqualTo(Fraction.ONE);
    }
}
