package com.scoredesk.scoring.score;

import static com.scoredesk.scoring.score.Scoring.R9;
import static com.scoredesk.scoring.score.Scoring.indicator;
import static com.scoredesk.scoring.score.Scoring.score;
import static org.assertj.core.api.Assertions.assertThat;

import com.scoredesk.scoring.Fraction;
import com.scoredesk.scoring.ShopFixture;
import com.scoredesk.scoring.model.AfterSaleType;
import com.scoredesk.scoring.model.EscalationKind;
import com.scoredesk.scoring.model.ImSession;
import com.scoredesk.scoring.model.ReasonCategory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The service indicators of section 5.2, scored on 2026-08-01. */
class ServiceIndicatorsTest {

    private static final String T = "2026-08-01";

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # case                          | type             | applied             | agreed              | refunded            | platform | arbitration | pop | hours
              refund of a shipped order     | REFUND_SHIPPED   | 2026-07-10 10:00:00 | 2026-07-10 12:00:00 | 2026-07-10 12:00:00 | false    | false       | 1   | 2
              return and refund             | RETURN_REFUND    | 2026-07-10 10:00:00 | 2026-07-10 13:00:00 | 2026-07-14 12:00:00 | false    | false       | 1   | 3
              arbitration cases count       | RETURN_REFUND    | 2026-07-10 10:00:00 | 2026-07-10 13:00:00 | 2026-07-14 12:00:00 | false    | true        | 1   | 3
              applied at night              | REFUND_SHIPPED   | 2026-07-10 23:40:00 | 2026-07-11 09:10:00 | 2026-07-11 09:10:00 | false    | false       | 1   | 7/6
              agreed before the clock       | REFUND_SHIPPED   | 2026-07-10 23:40:00 | 2026-07-10 23:50:00 | 2026-07-11 09:10:00 | false    | false       | 1   | 0
              unshipped refunds are not     | REFUND_UNSHIPPED | 2026-07-10 10:00:00 | 2026-07-10 12:00:00 | 2026-07-10 12:00:00 | false    | false       | 0   |
              exchanges are not             | EXCHANGE         | 2026-07-10 10:00:00 | 2026-07-10 12:00:00 | 2026-07-10 12:00:00 | false    | false       | 0   |
              platform-initiated are not    | REFUND_SHIPPED   | 2026-07-10 10:00:00 | 2026-07-10 12:00:00 | 2026-07-10 12:00:00 | true     | false       | 0   |
              not agreed                    | REFUND_SHIPPED   | 2026-07-10 10:00:00 |                     | 2026-07-10 12:00:00 | false    | false       | 0   |
              not refunded yet              | RETURN_REFUND    | 2026-07-10 10:00:00 | 2026-07-10 12:00:00 |                     | false    | false       | 0   |
              refunded at T 00:00           | RETURN_REFUND    | 2026-07-10 10:00:00 | 2026-07-10 12:00:00 | 2026-08-01 00:00:00 | false    | false       | 0   |
              refunded before the window    | RETURN_REFUND    | 2026-06-20 10:00:00 | 2026-06-20 12:00:00 | 2026-07-01 23:59:59 | false    | false       | 0   |
              applied before, refunded in   | RETURN_REFUND    | 2026-06-20 10:00:00 | 2026-06-21 12:00:00 | 2026-07-02 00:00:00 | false    | false       | 1   | 26
            """)
    void after_sale_review_hours_runs_the_review_clock_over_cases_refunded_in_the_window(
            String name,
            AfterSaleType type,
            String applied,
            @Nullable String agreed,
            @Nullable String refunded,
            boolean platform,
            boolean arbitration,
            long pop,
            @Nullable String hours) {
        ShopFixture shop = new ShopFixture();
        int o = shop.order().paid("2026-06-15 10:00:00").add();
        shop.afterSale(
                o,
                type,
                ReasonCategory.NO_REASON,
                applied,
                agreed,
                refunded,
                null,
                platform,
                arbitration,
                false,
                false);
        ScoreResult.IndicatorScore avg = indicator(score(shop, T, R9), "after_sale_review_hours");
        assertThat(avg.population()).isEqualTo(pop);
        assertThat(avg.value()).isEqualTo(hours == null ? null : Fraction.parse(hours));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # case                              | started             | human | message             | reply               | rounds | seconds
              answered in 30 s                  | 2026-07-10 10:00:00 | true  | 2026-07-10 10:00:00 | 2026-07-10 10:00:30 | 1      | 30
              answered after 700 s counts 600   | 2026-07-10 10:00:00 | true  | 2026-07-10 10:00:00 | 2026-07-10 10:11:40 | 1      | 600
              exactly 600 s                     | 2026-07-10 10:00:00 | true  | 2026-07-10 10:00:00 | 2026-07-10 10:10:00 | 1      | 600
              unanswered counts 600             | 2026-07-10 10:00:00 | true  | 2026-07-10 10:00:00 |                     | 1      | 600
              a reply at T is not yet sent      | 2026-07-31 23:00:00 | false | 2026-07-31 23:59:00 | 2026-08-01 00:00:00 | 0      |
              a reply at T counts 600           | 2026-07-31 22:59:59 | true  | 2026-07-31 23:59:00 | 2026-08-01 00:00:00 | 1      | 600
              sessions from 08:00:00 count      | 2026-07-10 08:00:00 | true  | 2026-07-10 08:00:00 | 2026-07-10 08:00:05 | 1      | 5
              sessions before 08:00 do not      | 2026-07-10 07:59:59 | true  | 2026-07-10 08:00:00 | 2026-07-10 08:00:05 | 0      |
              sessions at 23:00 do not          | 2026-07-10 23:00:00 | true  | 2026-07-10 23:00:00 | 2026-07-10 23:00:05 | 0      |
              a late round of a day session     | 2026-07-10 22:59:59 | true  | 2026-07-10 23:30:00 | 2026-07-10 23:30:20 | 1      | 20
              bot sessions do not               | 2026-07-10 10:00:00 | false | 2026-07-10 10:00:00 | 2026-07-10 10:00:05 | 0      |
              sessions before the window do not | 2026-07-01 22:00:00 | true  | 2026-07-02 10:00:00 | 2026-07-02 10:00:05 | 0      |
              a message at T 00:00 is unseen    | 2026-07-31 22:00:00 | true  | 2026-08-01 00:00:00 |                     | 0      |
            """)
    void im_avg_response_seconds_caps_rounds_at_600_s_over_sessions_started_in_service_hours(
            String name,
            String started,
            boolean human,
            String message,
            @Nullable String reply,
            long rounds,
            @Nullable String seconds) {
        ShopFixture shop = new ShopFixture();
        int s = shop.session(ImSession.NO_ORDER, started, human, 0);
        shop.round(s, message, reply);
        ScoreResult.IndicatorScore avg = indicator(score(shop, T, R9), "im_avg_response_seconds");
        assertThat(avg.population()).isEqualTo(rounds);
        assertThat(avg.value()).isEqualTo(seconds == null ? null : Fraction.parse(seconds));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # case                      | started             | human | rating | pop | dissatisfied
              rated 1                   | 2026-07-10 10:00:00 | true  | 1      | 1   | 1
              rated 3                   | 2026-07-10 10:00:00 | true  | 3      | 1   | 1
              rated 4                   | 2026-07-10 10:00:00 | true  | 4      | 1   | 0
              rated 5                   | 2026-07-10 10:00:00 | true  | 5      | 1   | 0
              not rated                 | 2026-07-10 10:00:00 | true  | 0      | 0   | 0
              at night                  | 2026-07-10 23:30:00 | true  | 1      | 0   | 0
              bot only                  | 2026-07-10 10:00:00 | false | 1      | 0   | 0
            """)
    void im_dissatisfaction_rate_counts_rated_human_sessions_in_service_hours(
            String name, String started, boolean human, int rating, long pop, long dissatisfied) {
        ShopFixture shop = new ShopFixture();
        shop.session(ImSession.NO_ORDER, started, human, rating);
        ScoreResult.IndicatorScore rate = indicator(score(shop, T, R9), "im_dissatisfaction_rate");
        assertThat(rate.population()).isEqualTo(pop);
        assertThat(rate.numerator()).isEqualTo(Fraction.of(dissatisfied));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # case                                 | applied             | session             | human | escalated           | pop | num
              after-sale in the window             | 2026-07-10 10:00:00 |                     | false |                     | 1   | 0
              human session at any hour            |                     | 2026-07-10 02:00:00 | true  |                     | 1   | 0
              a bot session is no help request     |                     | 2026-07-10 10:00:00 | false |                     | 0   | 0
              after-sale before the window         | 2026-07-01 10:00:00 |                     | false | 2026-07-10 10:00:00 | 0   | 0
              escalated in the window              | 2026-07-10 10:00:00 |                     | false | 2026-07-11 10:00:00 | 1   | 1
              escalated before the window          | 2026-07-10 10:00:00 |                     | false | 2026-07-01 10:00:00 | 1   | 0
              escalated at T 00:00                 | 2026-07-10 10:00:00 |                     | false | 2026-08-01 00:00:00 | 1   | 0
              session and after-sale count once    | 2026-07-10 10:00:00 | 2026-07-10 10:00:00 | true  | 2026-07-11 10:00:00 | 1   | 1
            """)
    void platform_help_rate_counts_escalations_among_orders_that_sought_help(
            String name,
            @Nullable String applied,
            @Nullable String session,
            boolean human,
            @Nullable String escalated,
            long pop,
            long num) {
        ShopFixture shop = new ShopFixture();
        int o = shop.order().paid("2026-06-20 10:00:00").add();
        if (applied != null) {
            shop.afterSale(o, AfterSaleType.RETURN_REFUND, ReasonCategory.NO_REASON, applied, null, null);
        }
        if (session != null) {
            shop.session(o, session, human, 0);
        }
        if (escalated != null) {
            shop.escalation(o, escalated, EscalationKind.PLATFORM_CS);
        }
        ScoreResult.IndicatorScore rate = indicator(score(shop, T, R9), "platform_help_rate");
        assertThat(rate.population()).isEqualTo(pop);
        assertThat(rate.numerator()).isEqualTo(Fraction.of(num));
    }
}
