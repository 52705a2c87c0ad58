package com.scoredesk.scoring.score;

import static com.scoredesk.scoring.score.Scoring.R5;
import static com.scoredesk.scoring.score.Scoring.indicator;
import static com.scoredesk.scoring.score.Scoring.score;
import static org.assertj.core.api.Assertions.assertThat;

import com.scoredesk.scoring.Fraction;
import com.scoredesk.scoring.ShopFixture;
import com.scoredesk.scoring.model.AfterSaleType;
import com.scoredesk.scoring.model.EscalationKind;
import com.scoredesk.scoring.model.ImSession;
import com.scoredesk.scoring.model.OrderFlag;
import com.scoredesk.scoring.model.ReasonCategory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The indicators of {@code douyin-2022-5pt} (section 5.1), scored on 2023-06-01: window [03-03, 06-01). */
class FivePointIndicatorsTest {

    private static final String T = "2023-06-01";

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # case                     | signed              | stars | pop | num
              1 star                   | 2023-05-10 10:00:00 | 1     | 1   | 1
              2 stars                  | 2023-05-10 10:00:00 | 2     | 1   | 1
              3 stars                  | 2023-05-10 10:00:00 | 3     | 1   | 0
              no review                | 2023-05-10 10:00:00 | 0     | 1   | 0
              signed on the first day  | 2023-03-03 00:00:00 | 1     | 1   | 1
              signed before the window | 2023-03-02 23:59:59 | 1     | 0   | 0
            """)
    void negative_review_rate_over_orders_signed_in_90_days(String name, String signed, int stars, long pop, long num) {
        ShopFixture shop = new ShopFixture();
        int o = shop.order().paid("2023-03-01 10:00:00").signed(signed).add();
        if (stars > 0) {
            shop.review(o, "2023-05-20 10:00:00", stars);
        }
        ScoreResult.IndicatorScore rate = indicator(score(shop, T, R5), "negative_review_rate");
        assertThat(rate.population()).isEqualTo(pop);
        assertThat(rate.numerator()).isEqualTo(Fraction.of(num));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # case                          | paid                | reason            | escalation | pop | returns | complaints
              paid on the first lagged day  | 2023-02-17 00:00:00 | QUALITY           | COMPLAINT  | 1   | 1       | 1
              paid the day before           | 2023-02-16 23:59:59 | QUALITY           | COMPLAINT  | 0   | 0       | 0
              paid on the last lagged day   | 2023-05-17 23:59:59 | LOGISTICS_QUALITY | COMPLAINT  | 1   | 1       | 1
              paid 14 days before T         | 2023-05-18 00:00:00 | DAMAGE            | COMPLAINT  | 0   | 0       | 0
              damage counts                 | 2023-04-01 10:00:00 | DAMAGE            | PLATFORM_CS| 1   | 1       | 0
              no reason does not            | 2023-04-01 10:00:00 | NO_REASON         | ARBITRATION| 1   | 0       | 0
            """)
    void lagged_rates_use_orders_paid_104_to_14_days_before_t(
            String name,
            String paid,
            ReasonCategory reason,
            EscalationKind kind,
            long pop,
            long returns,
            long complaints) {
        ShopFixture shop = new ShopFixture();
        int o = shop.order().paid(paid).add();
        shop.afterSale(o, AfterSaleType.RETURN_REFUND, reason, "2023-05-25 10:00:00", null, null);
        shop.escalation(o, "2023-05-31 23:59:59", kind);
        ScoreResult r = score(shop, T, R5);
        assertThat(indicator(r, "quality_return_rate_lagged").population()).isEqualTo(pop);
        assertThat(indicator(r, "quality_return_rate_lagged").numerator()).isEqualTo(Fraction.of(returns));
        assertThat(indicator(r, "complaint_rate_lagged").population()).isEqualTo(pop);
        assertThat(indicator(r, "complaint_rate_lagged").numerator()).isEqualTo(Fraction.of(complaints));
    }

    @Test
    void a_complaint_filed_long_before_the_window_still_counts() {
        ShopFixture shop = new ShopFixture();
        int o = shop.order().paid("2023-02-20 10:00:00").add();
        shop.escalation(o, "2023-02-21 10:00:00", EscalationKind.COMPLAINT);
        assertThat(indicator(score(shop, T, R5), "complaint_rate_lagged").value())
                .isEqualTo(Fraction.ONE);
    }

    @ParameterizedTest(name = "picked {0} after payment weighs {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
              2023-05-10 19:30:00 | 1
              2023-05-11 19:30:00 | 1
              2023-05-11 19:30:01 | 0.6
              2023-05-12 07:30:00 | 0.6
              2023-05-12 07:30:01 | 0.3
              2023-05-12 19:30:00 | 0.3
              2023-05-12 19:30:01 | 0
            """)
    void pickup_timely_rate_weighs_hours_from_payment_without_a_night_clock(String picked, String weight) {
        ShopFixture shop = new ShopFixture();
        shop.order().paid("2023-05-10 19:30:00").picked(picked).add();
        shop.order()
                .paid("2023-05-10 19:30:00")
                .picked("2023-05-10 20:00:00")
                .flag(OrderFlag.PRESALE)
                .add();
        ScoreResult.IndicatorScore rate = indicator(score(shop, T, R5), "pickup_timely_rate");
        assertThat(rate.population()).isEqualTo(1);
        assertThat(rate.numerator()).isEqualTo(Fraction.parse(weight));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # case                  | picked              | signed              | flag    | pop | hours
              signed in the window  | 2023-05-10 10:00:00 | 2023-05-12 22:00:00 |         | 1   | 60
              not picked up         |                     | 2023-05-12 22:00:00 |         | 0   |
              presale               | 2023-05-10 10:00:00 | 2023-05-12 22:00:00 | PRESALE | 0   |
              signed at T           | 2023-05-10 10:00:00 | 2023-06-01 00:00:00 |         | 0   |
            """)
    void delivery_hours_from_pickup_to_sign_off(
            String name,
            @Nullable String picked,
            String signed,
            @Nullable OrderFlag flag,
            long pop,
            @Nullable String hours) {
        ShopFixture shop = new ShopFixture();
        ShopFixture.OrderBuilder o =
                shop.order().paid("2023-05-10 08:00:00").picked(picked).signed(signed);
        if (flag != null) {
            o.flag(flag);
        }
        o.add();
        ScoreResult.IndicatorScore avg = indicator(score(shop, T, R5), "delivery_hours");
        assertThat(avg.population()).isEqualTo(pop);
        assertThat(avg.value()).isEqualTo(hours == null ? null : Fraction.parse(hours));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # case                                | refunded            | closed              | arbitration | merchant | pop | num
              refunded in the window              | 2023-05-10 10:00:00 |                     | true        | true     | 1   | 1
              closed in the window                |                     | 2023-05-10 10:00:00 | true        | true     | 1   | 1
              merchant not responsible            | 2023-05-10 10:00:00 |                     | true        | false    | 1   | 0
              no arbitration                      | 2023-05-10 10:00:00 |                     | false       | true     | 1   | 0
              refunded at T, closed before        | 2023-06-01 00:00:00 | 2023-05-10 10:00:00 | true        | true     | 1   | 1
              refund time wins over closing time  | 2023-03-01 10:00:00 | 2023-05-10 10:00:00 | true        | true     | 0   | 0
              not finished                        |                     |                     | true        | true     | 0   | 0
            """)
    void dispute_merchant_rate_over_after_sales_finished_in_the_window(
            String name,
            @Nullable String refunded,
            @Nullable String closed,
            boolean arbitration,
            boolean merchant,
            long pop,
            long num) {
        ShopFixture shop = new ShopFixture();
        int o = shop.order().paid("2023-02-20 10:00:00").add();
        shop.afterSale(
                o,
                AfterSaleType.RETURN_REFUND,
                ReasonCategory.QUALITY,
                "2023-02-25 10:00:00",
                "2023-02-26 10:00:00",
                refunded,
                closed,
                false,
                arbitration,
                merchant,
                false);
        ScoreResult.IndicatorScore rate = indicator(score(shop, T, R5), "dispute_merchant_rate");
        assertThat(rate.population()).isEqualTo(pop);
        assertThat(rate.numerator()).isEqualTo(Fraction.of(num));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # case                            | first               | firstReply          | second              | pop | num
              replied in 180 s                | 2023-05-10 10:00:00 | 2023-05-10 10:03:00 | 2023-05-10 10:30:00 | 1   | 1
              replied in 181 s                | 2023-05-10 10:00:00 | 2023-05-10 10:03:01 | 2023-05-10 10:30:00 | 1   | 0
              first round unanswered          | 2023-05-10 10:00:00 |                     | 2023-05-10 10:30:00 | 1   | 0
              the earliest message is first   | 2023-05-10 10:31:00 | 2023-05-10 10:32:00 | 2023-05-10 10:30:00 | 1   | 0
              no round at all                 |                     |                     |                     | 1   | 0
            """)
    void im_3min_reply_rate_checks_the_first_round_of_each_session(
            String name,
            @Nullable String first,
            @Nullable String firstReply,
            @Nullable String second,
            long pop,
            long num) {
        ShopFixture shop = new ShopFixture();
        int s = shop.session(ImSession.NO_ORDER, "2023-05-10 10:00:00", true, 0);
        if (first != null) {
            shop.round(s, first, firstReply);
            shop.round(s, second, null);
        }
        ScoreResult.IndicatorScore rate = indicator(score(shop, T, R5), "im_3min_reply_rate");
        assertThat(rate.population()).isEqualTo(pop);
        assertThat(rate.numerator()).isEqualTo(Fraction.of(num));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # case                   | type             | arbitration | refundOnly | returnRefund
              unshipped refund       | REFUND_UNSHIPPED | false       | 1          | 0
              shipped refund         | REFUND_SHIPPED   | false       | 1          | 0
              return and refund      | RETURN_REFUND    | false       | 0          | 1
              arbitration is left out| RETURN_REFUND    | true        | 0          | 0
              exchange               | EXCHANGE         | false       | 0          | 0
            """)
    void completion_hours_from_application_to_refund_without_arbitration(
            String name, AfterSaleType type, boolean arbitration, long refundOnly, long returnRefund) {
        ShopFixture shop = new ShopFixture();
        int o = shop.order().paid("2023-05-01 10:00:00").add();
        shop.afterSale(
                o,
                type,
                ReasonCategory.NO_REASON,
                "2023-05-02 10:00:00",
                "2023-05-02 11:00:00",
                "2023-05-03 16:00:00",
                null,
                false,
                arbitration,
                false,
                false);
        ScoreResult r = score(shop, T, R5);
        assertThat(indicator(r, "refund_only_hours").population()).isEqualTo(refundOnly);
        assertThat(indicator(r, "return_refund_hours").population()).isEqualTo(returnRefund);
        if (refundOnly + returnRefund > 0) {
            String id = refundOnly > 0 ? "refund_only_hours" : "return_refund_hours";
            assertThat(indicator(r, id).value()).isEqualTo(Fraction.of(30));
        }
    }
}
