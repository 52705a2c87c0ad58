package com.scoredesk.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FractionTest {

    @ParameterizedTest(name = "{0} rounds HALF_UP to {2} decimals as {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # value     | rounded | decimals
              177/2     | 89      | 0
              -177/2    | -89     | 0
              175/2     | 88      | 0
              1751/20   | 88      | 0
              1749/20   | 87      | 0
              4805/1000 | 4.81    | 2
              4804/1000 | 4.80    | 2
              1/3       | 0.33    | 2
              697/151   | 5       | 0
            """)
    void rounds_half_up_without_intermediate_rounding(String value, String rounded, int decimals) {
        assertThat(Fraction.parse(value).toBigDecimal(decimals, RoundingMode.HALF_UP))
                .isEqualByComparingTo(rounded);
    }

    @ParameterizedTest(name = "{0} compared with {1} is {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
              6/600         | 0.01   | 0
              5/600         | 0.01   | -1
              7/600         | 0.01   | 1
              697/151       | 4.6159 | -1
              1/3           | 0.3333333333333333333333 | 1
            """)
    void compares_exactly(String a, String b, int sign) {
        assertThat(Integer.signum(Fraction.parse(a).compareTo(new BigDecimal(b))))
                .isEqualTo(sign);
    }

    @Test
    void arithmetic_is_exact_and_equality_ignores_representation() {
        Fraction third = Fraction.of(1, 3);
        assertThat(third.add(third).add(third)).isEqualTo(Fraction.ONE);
        assertThat(Fraction.of(2, 4)).isEqualTo(Fraction.of(1, 2)).hasSameHashCodeAs(Fraction.of(1, 2));
        assertThat(Fraction.of(1, -2)).isEqualTo(Fraction.of(-1, 2));
        assertThat(Fraction.of(3, 4).multiply(Fraction.of(4, 3))).isEqualTo(Fraction.ONE);
        assertThat(Fraction.of(3, 4).divide(Fraction.of(3, 8))).isEqualTo(Fraction.of(2));
        assertThat(Fraction.of(3, 4).subtract(Fraction.of(1, 4))).isEqualTo(Fraction.of(1, 2));
        assertThat(Fraction.of(new BigDecimal("0.45"))).isEqualTo(Fraction.of(9, 20));
        assertThat(Fraction.of(7, 2).toString()).isEqualTo("7/2");
    }

    @Test
    void results_too_big_for_longs_stay_exact() {
        Fraction big = Fraction.of(Long.MAX_VALUE - 1, 3);
        Fraction product = big.multiply(big).divide(big);
        assertThat(product).isEqualTo(big);
        Fraction sum = Fraction.of(1, Long.MAX_VALUE - 2).add(Fraction.of(1, Long.MAX_VALUE - 4));
        assertThat(sum.subtract(Fraction.of(1, Long.MAX_VALUE - 4))).isEqualTo(Fraction.of(1, Long.MAX_VALUE - 2));
        assertThat(Fraction.of(BigInteger.TEN.pow(30), BigInteger.TEN.pow(29))).isEqualTo(Fraction.of(10));
    }

    @Test
    void doubles_are_the_nearest_double() {
        assertThat(Fraction.of(697, 151).doubleValue()).isEqualTo(697.0 / 151.0);
        assertThat(Fraction.of(BigInteger.TEN.pow(40).add(BigInteger.ONE), BigInteger.TEN.pow(40))
                        .doubleValue())
                .isEqualTo(1.0);
    }

    @Test
    void division_by_zero_is_refused() {
        assertThatThrownBy(() -> Fraction.of(1, 0)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Fraction.ONE.divide(Fraction.ZERO)).isInstanceOf(ArithmeticException.class);
    }
}
