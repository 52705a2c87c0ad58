package com.scoredesk.scoring.score;

import static com.scoredesk.scoring.ShopFixture.t;
import static org.assertj.core.api.Assertions.assertThat;

import com.scoredesk.scoring.model.Order;
import com.scoredesk.scoring.model.OrderDisplay;
import com.scoredesk.scoring.model.Province;
import com.scoredesk.scoring.model.Shop;
import com.scoredesk.scoring.model.ShopType;
import com.scoredesk.scoring.model.Timestamps;
import com.scoredesk.scoring.rules.RuleSetRegistry;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The clock rules of section 5.2: night windows, service hours, the route table. */
class ClockRulesTest {

    private final Counting counting = new Counting(
            RuleSetRegistry.standard().require("douyin-2026-09"),
            new Shop("S", "店", "其他", ShopType.NON_FLAGSHIP, null, false, false),
            LocalDate.of(2026, 8, 1),
            Long.MAX_VALUE);

    @ParameterizedTest(name = "paid {0} starts the pickup clock at {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # paid                 | clock start
              2026-07-01 19:30:00  | 2026-07-02 06:00:00
              2026-07-01 17:59:59  | 2026-07-01 17:59:59
              2026-07-01 18:00:00  | 2026-07-02 06:00:00
              2026-07-01 23:59:59  | 2026-07-02 06:00:00
              2026-07-02 00:00:00  | 2026-07-02 06:00:00
              2026-07-02 05:59:59  | 2026-07-02 06:00:00
              2026-07-02 06:00:00  | 2026-07-02 06:00:00
              2026-07-31 20:00:00  | 2026-08-01 06:00:00
            """)
    void orders_paid_between_18_00_and_06_00_start_at_the_next_06_00(String paid, String start) {
        assertThat(counting.pickupStart(t(paid))).isEqualTo(t(start));
    }

    @ParameterizedTest(name = "applied {0} starts the review clock at {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
              2026-07-01 23:40:00  | 2026-07-02 08:00:00
              2026-07-01 22:59:59  | 2026-07-01 22:59:59
              2026-07-01 23:00:00  | 2026-07-02 08:00:00
              2026-07-02 07:59:59  | 2026-07-02 08:00:00
              2026-07-02 08:00:00  | 2026-07-02 08:00:00
              2026-07-02 03:00:00  | 2026-07-02 08:00:00
            """)
    void cases_applied_between_23_00_and_08_00_start_at_the_next_08_00(String applied, String start) {
        assertThat(counting.reviewStart(t(applied))).isEqualTo(t(start));
    }

    @ParameterizedTest(name = "{0} is in service hours: {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
              2026-07-01 07:59:59 | false
              2026-07-01 08:00:00 | true
              2026-07-01 12:00:00 | true
              2026-07-01 22:59:59 | true
              2026-07-01 23:00:00 | false
              2026-07-01 00:00:00 | false
            """)
    void service_hours_are_08_00_to_22_59_59(String at, boolean inService) {
        assertThat(counting.inServiceHours(t(at))).isEqualTo(inService);
    }

    @ParameterizedTest(name = "picked up {0} in {1}, to {2}: due {3}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # picked up            | from     | to       | due
              2026-07-01 13:00:00  | SHANGHAI | TIANJIN  | 2026-07-05 23:59:59
              2026-07-01 13:00:00  | SHANGHAI | SHANGHAI | 2026-07-03 23:59:59
              2026-07-01 00:00:00  | ZHEJIANG | XINJIANG | 2026-07-07 23:59:59
              2026-07-01 23:59:59  | ZHEJIANG | TIBET    | 2026-07-07 23:59:59
              2026-07-01 13:00:00  | XINJIANG | XINJIANG | 2026-07-03 23:59:59
              2026-07-01 13:00:00  | ZHEJIANG | QINGHAI  | 2026-07-07 23:59:59
              2026-07-01 13:00:00  | ZHEJIANG | INNER_MONGOLIA | 2026-07-07 23:59:59
              2026-07-01 13:00:00  | ZHEJIANG | NINGXIA  | 2026-07-07 23:59:59
              2026-07-01 13:00:00  | ZHEJIANG | GANSU    | 2026-07-07 23:59:59
              2026-07-01 13:00:00  | ZHEJIANG | GUANGDONG | 2026-07-05 23:59:59
              2026-07-01 13:00:00  |          | GUANGDONG | 2026-07-05 23:59:59
              2026-07-01 13:00:00  | ZHEJIANG |          | 2026-07-05 23:59:59
              2026-07-01 13:00:00  |          |          | 2026-07-05 23:59:59
            """)
    void the_delivery_deadline_follows_the_route_table(String picked, Province from, Province to, String due) {
        Order o = new Order(
                "O",
                t("2026-07-01 09:00:00"),
                100,
                0,
                Timestamps.NONE,
                from,
                to,
                t(picked),
                Timestamps.NONE,
                Timestamps.NONE,
                OrderDisplay.EMPTY);
        assertThat(counting.deliveryDeadline(o, t(picked))).isEqualTo(t(due));
    }

    @ParameterizedTest(name = "given deadline {0} is kept")
    @CsvSource({"2026-07-03 12:00:00", "2026-08-30 00:00:00"})
    void a_given_delivery_deadline_is_used_as_given(String due) {
        Order o = new Order(
                "O",
                t("2026-07-01 09:00:00"),
                100,
                0,
                Timestamps.NONE,
                Province.SHANGHAI,
                Province.TIANJIN,
                t("2026-07-01 13:00:00"),
                t(due),
                Timestamps.NONE,
                OrderDisplay.EMPTY);
        assertThat(counting.deliveryDeadline(o, o.pickedUpAt())).isEqualTo(t(due));
    }

    @ParameterizedTest(name = "paid {0}: a pickup after {1} is late")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
              2026-07-01 00:00:01 | 2026-07-02 23:59:59
              2026-07-01 23:59:59 | 2026-07-02 23:59:59
            """)
    void a_pickup_is_late_after_23_59_59_of_the_day_after_payment(String paid, String deadline) {
        assertThat(counting.lateDeadline(t(paid))).isEqualTo(t(deadline));
    }

    @ParameterizedTest(name = "{0}: pickup due {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
              女装          | 2026-07-01 19:30:00 | 2026-07-02 23:59:59
              花卉/绿植盆栽 | 2026-07-01 19:30:00 | 2026-07-03 19:30:00
              多肉植物      | 2026-07-01 00:10:00 | 2026-07-03 00:10:00
            """)
    void the_public_clock_rules_give_the_deadlines_of_section_9(String industry, String paid, String due) {
        ClockRules clocks = ClockRules.of(Scoring.R9);
        Order o = new Order(
                "O",
                t(paid),
                100,
                0,
                Timestamps.NONE,
                Province.ZHEJIANG,
                Province.TIANJIN,
                Timestamps.NONE,
                Timestamps.NONE,
                Timestamps.NONE,
                OrderDisplay.EMPTY);
        assertThat(clocks.pickupDeadline(o, industry)).isEqualTo(t(due));
        assertThat(clocks.pickupClockStart(t("2026-07-01 19:30:00"))).isEqualTo(t("2026-07-02 06:00:00"));
        assertThat(clocks.reviewClockStart(t("2026-07-01 23:40:00"))).isEqualTo(t("2026-07-02 08:00:00"));
        assertThat(clocks.afterSaleDeadline(t("2026-07-01 23:40:00"))).isEqualTo(t("2026-07-04 08:00:00"));
        assertThat(clocks.deliveryDeadline(o, t("2026-07-01 13:00:00"))).isEqualTo(t("2026-07-05 23:59:59"));
        assertThat(clocks.appealDeadline(t("2026-07-01 10:00:00"))).isEqualTo(t("2026-07-08 10:00:00"));
        assertThat(clocks.roundDue(t("2026-07-01 10:00:00"))).isEqualTo(t("2026-07-01 10:03:00"));
        assertThat(clocks.inServiceHours(t("2026-07-01 22:59:59"))).isTrue();
        assertThat(clocks.latePickupAfter(t("2026-07-01 19:30:00"))).isEqualTo(t("2026-07-02 23:59:59"));
        Order presale = new Order(
                "P",
                t(paid),
                100,
                com.scoredesk.scoring.model.OrderFlag.PRESALE.bit(),
                t("2026-07-20 12:00:00"),
                null,
                null,
                Timestamps.NONE,
                Timestamps.NONE,
                Timestamps.NONE,
                OrderDisplay.EMPTY);
        assertThat(clocks.pickupDeadline(presale, industry)).isEqualTo(t("2026-07-20 12:00:00"));
    }
}
