package com.scoredesk.scoring.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scoredesk.scoring.model.AfterSaleType;
import com.scoredesk.scoring.model.Province;
import com.scoredesk.scoring.model.ShopType;
import com.scoredesk.scoring.model.Timestamps;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # cell                          | instant (UTC)
              2026-11-01 10:00:00           | 2026-11-01T02:00:00Z
              2026/11/01 10:00:00           | 2026-11-01T02:00:00Z
              2026/1/5 9:05:00              | 2026-01-05T01:05:00Z
              2026-11-01T10:00:00           | 2026-11-01T02:00:00Z
              2026-11-01T10:00:00+08:00     | 2026-11-01T02:00:00Z
              2026-11-01T02:00:00Z          | 2026-11-01T02:00:00Z
              2026-11-01T03:00:00.250+0100  | 2026-11-01T02:00:00.250Z
              2026-11-01T10:00:00.123456+08 | 2026-11-01T02:00:00.123Z
              2026-11-01 10:00:00.5         | 2026-11-01T02:00:00.500Z
              ' 2026-11-01 10:00:00 '       | 2026-11-01T02:00:00Z
            """)
    void reads_every_timestamp_format_of_the_contract(String cell, String utc) throws RowException {
        assertThat(Values.timestamp("paid_at", cell))
                .isEqualTo(Instant.parse(utc).toEpochMilli());
    }

    @ParameterizedTest(name = "''{0}'' is rejected")
    @ValueSource(
            strings = {
                "2026-13-01 10:00:00",
                "2026-11-31 10:00:00",
                "2026-11-01",
                "yesterday",
                "2026-11-01 25:00:00",
                "2026-11-01 10:00",
                "2026-11-01T10:00:00+8",
                "2026-11-01 10:00:00 PM"
            })
    void rejects_bad_timestamps_naming_the_column(String cell) {
        assertThatThrownBy(() -> Values.timestamp("paid_at", cell))
                .isInstanceOf(RowException.class)
                .hasMessage("bad paid_at '" + cell + "'");
    }

    @ParameterizedTest(name = "empty timestamp ''{0}'' is none")
    @ValueSource(strings = {"", "  "})
    void an_empty_timestamp_is_none(String cell) throws RowException {
        assertThat(Values.timestamp("signed_at", cell)).isEqualTo(Timestamps.NONE);
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
              true  | true
              TRUE  | true
              True  | true
              1     | true
              是    | true
              false | false
              FaLsE | false
              0     | false
              否    | false
              ''    | false
            """)
    void reads_booleans_in_every_spelling(String cell, boolean expected) throws RowException {
        assertThat(Values.bool("is_gift", cell)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "2", "t", "对"})
    void rejects_other_booleans(String cell) {
        assertThatThrownBy(() -> Values.bool("is_gift", cell)).hasMessageStartingWith("bad is_gift '" + cell + "'");
    }

    @ParameterizedTest(name = "''{0}'' yuan is {1} fen")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
              156.18 | 15618
              2      | 200
              2.00   | 200
              0.5    | 50
              ''     | -1
            """)
    void reads_amounts_in_fen(String cell, long fen) throws RowException {
        assertThat(Values.fen("amount_paid", cell)).isEqualTo(fen);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.005", "abc", "-3"})
    void rejects_amounts_that_are_not_whole_fen(String cell) {
        assertThatThrownBy(() -> Values.fen("amount_paid", cell)).isInstanceOf(RowException.class);
    }

    @ParameterizedTest(name = "rating ''{0}''")
    @ValueSource(strings = {"0", "6", "-1", "4.5", "x"})
    void rejects_ratings_outside_one_to_five(String cell) {
        assertThatThrownBy(() -> Values.rating("product_rating", cell)).isInstanceOf(RowException.class);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
              新疆               | XINJIANG
              新疆维吾尔自治区   | XINJIANG
              上海               | SHANGHAI
              上海市             | SHANGHAI
              广西壮族自治区     | GUANGXI
              内蒙古             | INNER_MONGOLIA
              内蒙古自治区       | INNER_MONGOLIA
              宁夏回族自治区     | NINGXIA
              浙江省             | ZHEJIANG
              香港特别行政区     | HONG_KONG
            """)
    void matches_provinces_with_or_without_their_suffix(String cell, Province province) throws RowException {
        assertThat(Values.province("ship_to_province", cell)).isEqualTo(province);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
              flagship     | FLAGSHIP
              旗舰店       | FLAGSHIP
              官方旗舰店   | FLAGSHIP
              专卖店       | NON_FLAGSHIP
              专营店       | NON_FLAGSHIP
              企业店       | NON_FLAGSHIP
              个体店       | NON_FLAGSHIP
              个人店       | PERSONAL
              PERSONAL     | PERSONAL
            """)
    void reads_shop_types_by_code_or_chinese_name(String cell, ShopType type) throws RowException {
        assertThat(Values.code(ShopType.class, "shop_type", cell)).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource({"Return_Refund, RETURN_REFUND", "refund_shipped, REFUND_SHIPPED"})
    void reads_enum_codes_in_any_case(String cell, AfterSaleType type) throws RowException {
        assertThat(Values.code(AfterSaleType.class, "type", cell)).isEqualTo(type);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock = """
              2025-03-01 | 2025-03-01
              2025/3/1   | 2025-03-01
            """)
    void reads_dates(String cell, LocalDate date) throws RowException {
        assertThat(Values.date("opened_on", cell)).isEqualTo(date);
    }
}
