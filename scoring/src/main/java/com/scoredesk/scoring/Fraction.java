package com.scoredesk.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number: every value, score and weight of the experience score is one of these, so
 * that a rate of 6/600 is exactly 1% and sits on a tier threshold of 1%.
 *
 * <p>Small values are held in two {@code long}s and switch to {@link BigInteger} only when a result no
 * longer fits, so the few divisions a score needs stay cheap. The denominator is always positive. Equality
 * and hash code compare the numbers, not their representation ({@code 2/4} equals {@code 1/2}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Fraction implements Comparable<Fraction> {

    public static final Fraction ZERO = new Fraction(0, 1);
    public static final Fraction ONE = new Fraction(1, 1);

    private static final MathContext DOUBLE_CONTEXT = new MathContext(25, RoundingMode.HALF_EVEN);

    /** Numerator and denominator when both fit in a long ({@code big == false}). */
    private final long num;

    private final long den;

    /** Set only when the value does not fit in two longs. */
    private final BigInteger bigNum;

    private final BigInteger bigDen;

    private Fraction(long num, long den) {
        this.num = num;
        this.den = den;
        this.bigNum = null;
        this.bigDen = null;
    }

    private Fraction(BigInteger num, BigInteger den) {
        this.num = 0;
        this.den = 0;
        this.bigNum = num;
        this.bigDen = den;
    }

    /** The integer {@code value}. */
    public static Fraction of(long value) {
        if (value == 0) {
            return ZERO;
        }
        if (value == 1) {
            return ONE;
        }
        return new Fraction(value, 1);
    }

    /**
     * {@code numerator / denominator}.
     *
     * @throws ArithmeticException when the denominator is zero
     */
    public static Fraction of(long numerator, long denominator) {
        if (denominator == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (denominator < 0) {
            if (numerator == Long.MIN_VALUE || denominator == Long.MIN_VALUE) {
                return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
            }
            numerator = -numerator;
            denominator = -denominator;
        }
        return reducedSmall(numerator, denominator);
    }

    /** {@code numerator / denominator} for big integers. */
    public static Fraction of(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        return normalised(numerator, denominator);
    }

    /** The exact value of a decimal. */
    public static Fraction of(BigDecimal value) {
        if (value.scale() <= 0) {
            return of(value.toBigIntegerExact(), BigInteger.ONE);
        }
        return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    /** Parses a decimal such as {@code "0.005"} or a fraction such as {@code "697/151"}. */
    public static Fraction parse(String text) {
        int slash = text.indexOf('/');
        if (slash >= 0) {
            return of(
                    new BigInteger(text.substring(0, slash).trim()),
                    new BigInteger(text.substring(slash + 1).trim()));
        }
        return of(new BigDecimal(text.trim()));
    }

    private static Fraction reducedSmall(long n, long d) {
        if (n == 0) {
            return ZERO;
        }
        if (n == Long.MIN_VALUE) {
            return new Fraction(BigInteger.valueOf(n), BigInteger.valueOf(d));
        }
        if (d == 1) {
            return n == 1 ? ONE : new Fraction(n, 1);
        }
        long g = gcd(Math.abs(n), d);
        if (g > 1) {
            n /= g;
            d /= g;
        }
        return new Fraction(n, d);
    }

    private static Fraction normalised(BigInteger n, BigInteger d) {
        if (n.bitLength() < 63 && d.bitLength() < 63) {
            return reducedSmall(n.longValue(), d.longValue());
        }
        return new Fraction(n, d);
    }

    /** Binary gcd of two non-negative longs. */
    private static long gcd(long a, long b) {
        if (a == 0) {
            return b;
        }
        if (b == 0) {
            return a;
        }
        int shift = Long.numberOfTrailingZeros(a | b);
        a >>= Long.numberOfTrailingZeros(a);
        while (b != 0) {
            b >>= Long.numberOfTrailingZeros(b);
            if (a > b) {
                long t = b;
                b = a;
                a = t;
            }
            b -= a;
        }
        return a << shift;
    }

    private boolean isBig() {
        return bigNum != null;
    }

    /** The numerator (not necessarily in lowest terms). */
    public BigInteger numerator() {
        return isBig() ? bigNum : BigInteger.valueOf(num);
    }

    /** The denominator, always positive (not necessarily in lowest terms). */
    public BigInteger denominator() {
        return isBig() ? bigDen : BigInteger.valueOf(den);
    }

    public Fraction add(Fraction other) {
        if (!isBig() && !other.isBig()) {
            if (den == other.den) {
                long s = num + other.num;
                if (((num ^ s) & (other.num ^ s)) >= 0) {
                    return reducedSmall(s, den);
                }
            } else {
                long a = mul(num, other.den);
                long b = mul(other.num, den);
                long d = mul(den, other.den);
                if (a != OVERFLOW && b != OVERFLOW && d != OVERFLOW) {
                    long s = a + b;
                    if (((a ^ s) & (b ^ s)) >= 0) {
                        return reducedSmall(s, d);
                    }
                }
            }
        }
        BigInteger n1 = numerator();
        BigInteger d1 = denominator();
        BigInteger n2 = other.numerator();
        BigInteger d2 = other.denominator();
        if (d1.equals(d2)) {
            return normalised(n1.add(n2), d1);
        }
        return normalised(n1.multiply(d2).add(n2.multiply(d1)), d1.multiply(d2));
    }

    public Fraction subtract(Fraction other) {
        return add(other.negate());
    }

    public Fraction negate() {
        if (!isBig()) {
            if (num != Long.MIN_VALUE) {
                return num == 0 ? this : new Fraction(-num, den);
            }
        }
        return new Fraction(numerator().negate(), denominator());
    }

    public Fraction multiply(Fraction other) {
        if (!isBig() && !other.isBig()) {
            long n = mul(num, other.num);
            long d = mul(den, other.den);
            if (n != OVERFLOW && d != OVERFLOW) {
                return reducedSmall(n, d);
            }
        }
        return normalised(numerator().multiply(other.numerator()), denominator().multiply(other.denominator()));
    }

    public Fraction multiply(long factor) {
        if (!isBig()) {
            long n = mul(num, factor);
            if (n != OVERFLOW) {
                return reducedSmall(n, den);
            }
        }
        return normalised(numerator().multiply(BigInteger.valueOf(factor)), denominator());
    }

    /**
     * {@code this / other}.
     *
     * @throws ArithmeticException when {@code other} is zero
     */
    public Fraction divide(Fraction other) {
        if (other.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (!isBig() && !other.isBig()) {
            long n = mul(num, other.den);
            long d = mul(den, other.num);
            if (n != OVERFLOW && d != OVERFLOW) {
                return of(n, d);
            }
        }
        return of(numerator().multiply(other.denominator()), denominator().multiply(other.numerator()));
    }

    public int signum() {
        return isBig() ? bigNum.signum() : Long.signum(num);
    }

    public boolean isInteger() {
        if (!isBig()) {
            return den == 1 || num % den == 0;
        }
        return bigNum.mod(bigDen).signum() == 0;
    }

    public Fraction min(Fraction other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Fraction max(Fraction other) {
        return compareTo(other) >= 0 ? this : other;
    }

    @Override
    public int compareTo(Fraction other) {
        if (!isBig() && !other.isBig()) {
            if (den == other.den) {
                return Long.compare(num, other.num);
            }
            long a = mul(num, other.den);
            long b = mul(other.num, den);
            if (a != OVERFLOW && b != OVERFLOW) {
                return Long.compare(a, b);
            }
        }
        return numerator()
                .multiply(other.denominator())
                .compareTo(other.numerator().multiply(denominator()));
    }

    /** Compares with a decimal, exactly. */
    public int compareTo(BigDecimal other) {
        return compareTo(of(other));
    }

    /** The nearest double (correct to far more than the 1e-9 the JSON answer needs). */
    public double doubleValue() {
        if (!isBig()) {
            if (den == 1) {
                return num;
            }
            if (Math.abs(num) < (1L << 53) && den < (1L << 53)) {
                return (double) num / (double) den;
            }
        }
        return new BigDecimal(numerator())
                .divide(new BigDecimal(denominator()), DOUBLE_CONTEXT)
                .doubleValue();
    }

    /** Rounds to {@code scale} decimals with {@code rounding}, exactly (no intermediate rounding). */
    public BigDecimal toBigDecimal(int scale, RoundingMode rounding) {
        return new BigDecimal(numerator()).divide(new BigDecimal(denominator()), scale, rounding);
    }

    /** The value as a decimal when it has a finite decimal expansion of at most {@code maxScale} digits. */
    public BigDecimal toBigDecimalExact(int maxScale) {
        BigDecimal result = toBigDecimal(maxScale, RoundingMode.UNNECESSARY);
        return result.stripTrailingZeros();
    }

    /** The integer value; the fraction must be an integer. */
    public long longValueExact() {
        if (!isInteger()) {
            throw new ArithmeticException("not an integer: " + this);
        }
        return numerator().divide(denominator()).longValueExact();
    }

    private Fraction reduced() {
        if (!isBig()) {
            return this;
        }
        BigInteger g = bigNum.gcd(bigDen);
        if (g.equals(BigInteger.ONE)) {
            return this;
        }
        return normalised(bigNum.divide(g), bigDen.divide(g));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fraction f && compareTo(f) == 0;
    }

    @Override
    public int hashCode() {
        Fraction r = reduced();
        return Objects.hash(r.numerator(), r.denominator());
    }

    /** {@code "n/d"} in lowest terms, or {@code "n"} for an integer. */
    @Override
    public String toString() {
        Fraction r = reduced();
        BigInteger d = r.denominator();
        return d.equals(BigInteger.ONE) ? r.numerator().toString() : r.numerator() + "/" + d;
    }

    private static final long OVERFLOW = Long.MIN_VALUE;

    /** {@code a * b}, or {@link #OVERFLOW} when it does not fit (or equals Long.MIN_VALUE). */
    private static long mul(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0 && lo != Long.MIN_VALUE)) {
            return lo;
        }
        return OVERFLOW;
    }
}
