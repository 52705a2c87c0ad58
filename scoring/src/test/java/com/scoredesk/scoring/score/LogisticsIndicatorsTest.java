package com.scoredesk.scoring.score;

import static com.scoredesk.scoring.score.Scoring.R7;
import static com.scoredesk.scoring.score.Scoring.R9;
import static com.scoredesk.scoring.score.Scoring.indicator;
import static com.scoredesk.scoring.score.Scoring.score;
import static org.assertj.core.api.Assertions.assertThat;

import com.scoredesk.scoring.Fraction;
import com.scoredesk.scoring.ShopFixture;
import com.scoredesk.scoring.model.AfterSaleType;
import com.scoredesk.scoring.model.OrderFlag;
import com.scoredesk.scoring.model.Province;
import com.scoredesk.scoring.model.ReasonCategory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The logistics indicators of section 5.2 and their clock rules, scored on 2026-08-01. */
class LogisticsIndicatorsTest {

    private static final String T = "2026-08-01";

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # case                              | paid                | picked              | flag     | pop | hours
              paid by day                       | 2026-07-10 10:00:00 | 2026-07-10 15:30:00 |          | 1   | 5.5
              paid at night waits for 06:00     | 2026-07-10 19:30:00 | 2026-07-11 10:00:00 |          | 1   | 4
              paid after midnight               | 2026-07-11 02:00:00 | 2026-07-11 07:00:00 |          | 1   | 1
              picked before the clock starts    | 2026-07-10 19:00:00 | 2026-07-10 21:00:00 |          | 1   | 0
              presale is left out               | 2026-07-10 10:00:00 | 2026-07-12 10:00:00 | PRESALE  | 0   |
              virtual is left out               | 2026-07-10 10:00:00 | 2026-07-12 10:00:00 | VIRTUAL  | 0   |
              picked at T 00:00 is not yet      | 2026-07-30 10:00:00 | 2026-08-01 00:00:00 |          | 0   |
              picked before the window          | 2026-06-28 10:00:00 | 2026-07-01 23:59:59 |          | 0   |
              paid before, picked in the window | 2026-06-28 10:00:00 | 2026-07-02 06:00:00 |          | 1   | 92
              never picked up                   | 2026-07-10 10:00:00 |                     |          | 0   |
            """)
    void pickup_hours_avg_runs_the_pickup_clock_over_orders_picked_up_in_the_window(
            String name,
            String paid,
            @Nullable String picked,
            @Nullable OrderFlag flag,
            long pop,
            @Nullable String hours) {
        ShopFixture shop = new ShopFixture();
        ShopFixture.OrderBuilder o = shop.order().paid(paid).picked(picked);
        if (flag != null) {
            o.flag(flag);
        }
        o.add();
        ScoreResult.IndicatorScore avg = indicator(score(shop, T, R9), "pickup_hours_avg");
        assertThat(avg.population()).isEqualTo(pop);
        if (hours != null) {
            assertThat(avg.value()).isEqualTo(Fraction.parse(hours));
        } else {
            assertThat(avg.value()).isNull();
        }
    }

    @ParameterizedTest(name = "{0} h after the clock start scores {1}{2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # hours   | score   | flag
              0       | 100     |
              24      | 100     |
              30      | 92.5    |
              36      | 85      |
              48      | 70      |
              60      | 60      |
              72      | 50      |
              100     | 50      |
              1       | 50      | FRAUDULENT_SHIPPING
              1       | 50      | TRACE_COMPENSATION
            """)
    void the_per_order_pickup_score_follows_the_assumed_curve(long hours, String score, @Nullable OrderFlag flag) {
        ShopFixture shop = new ShopFixture();
        long paid = ShopFixture.t("2026-07-10 10:00:00");
        String picked = com.scoredesk.scoring.model.Timestamps.format(paid + hours * 3_600_000L);
        ShopFixture.OrderBuilder o = shop.order().paid("2026-07-10 10:00:00").picked(picked);
        if (flag != null) {
            o.flag(flag);
        }
        o.add();
        ScoreResult.IndicatorScore avg = indicator(score(shop, T, R7), "pickup_score_avg");
        assertThat(avg.value()).isEqualTo(Fraction.parse(score));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # case                                | flag               | picked              | due                 | signed              | pop | met
              signed in time                      |                    | 2026-07-10 10:00:00 |                     | 2026-07-14 23:59:59 | 1   | 1
              signed a second late                |                    | 2026-07-10 10:00:00 |                     | 2026-07-15 00:00:00 | 1   | 0
              trace compensation never meets      | TRACE_COMPENSATION | 2026-07-10 10:00:00 |                     | 2026-07-11 10:00:00 | 1   | 0
              not signed yet                      |                    | 2026-07-10 10:00:00 |                     |                     | 1   | 0
              signed at T is not seen             |                    | 2026-07-27 10:00:00 |                     | 2026-08-01 00:00:00 | 1   | 0
              a given deadline is kept            |                    | 2026-07-10 10:00:00 | 2026-07-12 12:00:00 | 2026-07-12 12:00:01 | 1   | 0
              a deadline at T is not yet counted  |                    | 2026-07-28 10:00:00 | 2026-08-01 00:00:00 | 2026-07-29 10:00:00 | 0   | 0
              a deadline before the window        |                    | 2026-06-20 10:00:00 |                     | 2026-06-22 10:00:00 | 0   | 0
              presale has a waybill               | PRESALE            | 2026-07-10 10:00:00 |                     | 2026-07-11 10:00:00 | 1   | 1
              virtual has none                    | VIRTUAL            | 2026-07-10 10:00:00 |                     | 2026-07-11 10:00:00 | 0   | 0
              no pickup, no waybill               |                    |                     | 2026-07-12 12:00:00 |                     | 0   | 0
              picked at T 00:00, no waybill yet   |                    | 2026-08-01 00:00:00 | 2026-07-31 12:00:00 |                     | 0   | 0
            """)
    void delivery_on_time_rate_counts_waybills_whose_deadline_falls_in_the_window(
            String name,
            @Nullable OrderFlag flag,
            @Nullable String picked,
            @Nullable String due,
            @Nullable String signed,
            long pop,
            long met) {
        ShopFixture shop = new ShopFixture();
        ShopFixture.OrderBuilder o = shop.order()
                .paid("2026-06-20 09:00:00")
                .route(Province.ZHEJIANG, Province.GUANGDONG)
                .picked(picked)
                .due(due)
                .signed(signed);
        if (flag != null) {
            o.flag(flag);
        }
        o.add();
        ScoreResult.IndicatorScore rate = indicator(score(shop, T, R9), "delivery_on_time_rate");
        assertThat(rate.population()).isEqualTo(pop);
        assertThat(rate.numerator()).isEqualTo(Fraction.of(met));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # case                                 | reason            | liability | lr | dr
              logistics quality with liability     | LOGISTICS_QUALITY | true      | 1  | 0
              logistics quality without liability  | LOGISTICS_QUALITY | false     | 0  | 0
              damage                               | DAMAGE            | false     | 0  | 1
              quality                              | QUALITY           | true      | 0  | 0
            """)
    void return_rates_over_orders_paid_in_the_window(
            String name, ReasonCategory reason, boolean liability, long lr, long dr) {
        ShopFixture shop = new ShopFixture();
        int o = shop.order().paid("2026-07-10 10:00:00").add();
        shop.order().paid("2026-06-10 10:00:00").add();
        shop.afterSale(
                o,
                AfterSaleType.RETURN_REFUND,
                reason,
                "2026-07-12 10:00:00",
                null,
                null,
                null,
                false,
                false,
                false,
                liability);
        ScoreResult r7 = score(shop, T, R7);
        ScoreResult r9 = score(shop, T, R9);
        assertThat(indicator(r7, "logistics_return_rate").population()).isEqualTo(1);
        assertThat(indicator(r7, "logistics_return_rate").numerator()).isEqualTo(Fraction.of(lr));
        assertThat(indicator(r9, "damage_return_rate").population()).isEqualTo(1);
        assertThat(indicator(r9, "damage_return_rate").numerator()).isEqualTo(Fraction.of(dr));
    }
}
