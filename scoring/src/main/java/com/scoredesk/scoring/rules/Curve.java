package com.scoredesk.scoring.rules;

import com.scoredesk.scoring.Fraction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** How an indicator's value becomes its score, exactly. Implementations are immutable and thread-safe. */
public sealed interface Curve permits Curve.Tiers, Curve.Linear, Curve.Identity {

    /** The score of {@code value}. */
    Fraction score(Fraction value);

    /**
     * A tier table: the score of the first tier whose threshold the value reaches (≥ when higher is better, ≤
     * when lower is better), else {@link #otherwise()}.
     */
    final class Tiers implements Curve {
        private final boolean higherIsBetter;
        private final List<Point> tiers;
        private final BigDecimal otherwise;
        private final Fraction[] thresholds;
        private final Fraction[] scores;
        private final Fraction otherwiseScore;

        public Tiers(boolean higherIsBetter, List<Point> tiers, BigDecimal otherwise) {
            this.higherIsBetter = higherIsBetter;
            this.tiers = List.copyOf(tiers);
            this.otherwise = Objects.requireNonNull(otherwise, "otherwise");
            this.thresholds = new Fraction[tiers.size()];
            this.scores = new Fraction[tiers.size()];
            for (int i = 0; i < tiers.size(); i++) {
                thresholds[i] = Fraction.of(tiers.get(i).value());
                scores[i] = Fraction.of(tiers.get(i).score());
            }
            this.otherwiseScore = Fraction.of(otherwise);
        }

        public boolean higherIsBetter() {
            return higherIsBetter;
        }

        /** The tiers, best first: threshold and score. */
        public List<Point> tiers() {
            return tiers;
        }

        public BigDecimal otherwise() {
            return otherwise;
        }

        @Override
        public Fraction score(Fraction value) {
            for (int i = 0; i < thresholds.length; i++) {
                int c = value.compareTo(thresholds[i]);
                if (higherIsBetter ? c >= 0 : c <= 0) {
                    return scores[i];
                }
            }
            return otherwiseScore;
        }
    }

    /**
     * Straight lines between points, flat beyond the ends. When {@link #extendTo()} is set, the line past the
     * last given point (the worst) continues with the slope of the last segment until the score reaches that
     * value, and is flat from there.
     */
    final class Linear implements Curve {
        private final List<Point> points;
        private final @Nullable BigDecimal extendTo;
        private final Fraction[] xs;
        private final Fraction[] ys;
        private final Fraction[] slopes;

        public Linear(List<Point> points, @Nullable BigDecimal extendTo) {
            if (points.size() < 2) {
                throw new RuleSetException("a linear curve needs at least two points");
            }
            this.points = List.copyOf(points);
            this.extendTo = extendTo;
            List<Fraction[]> all = new ArrayList<>();
            for (Point p : points) {
                all.add(new Fraction[] {Fraction.of(p.value()), Fraction.of(p.score())});
            }
            if (extendTo != null) {
                Fraction[] last = all.get(all.size() - 1);
                Fraction[] before = all.get(all.size() - 2);
                Fraction target = Fraction.of(extendTo);
                Fraction dy = last[1].subtract(before[1]);
                if (dy.signum() != 0
                        && target.compareTo(last[1]) != 0
                        && Integer.signum(target.compareTo(last[1])) == dy.signum()) {
                    Fraction slope = dy.divide(last[0].subtract(before[0]));
                    Fraction x = last[0].add(target.subtract(last[1]).divide(slope));
                    all.add(new Fraction[] {x, target});
                }
            }
            all.sort(Comparator.comparing(p -> p[0]));
            int n = all.size();
            this.xs = new Fraction[n];
            this.ys = new Fraction[n];
            for (int i = 0; i < n; i++) {
                xs[i] = all.get(i)[0];
                ys[i] = all.get(i)[1];
                if (i > 0 && xs[i].compareTo(xs[i - 1]) == 0) {
                    throw new RuleSetException("two points of a linear curve at the same value " + xs[i]);
                }
            }
            this.slopes = new Fraction[n - 1];
            for (int i = 0; i + 1 < n; i++) {
                slopes[i] = ys[i + 1].subtract(ys[i]).divide(xs[i + 1].subtract(xs[i]));
            }
        }

        /** The points as configured, best first. */
        public List<Point> points() {
            return points;
        }

        public @Nullable BigDecimal extendTo() {
            return extendTo;
        }

        @Override
        public Fraction score(Fraction value) {
            int n = xs.length;
            if (value.compareTo(xs[0]) <= 0) {
                return ys[0];
            }
            if (value.compareTo(xs[n - 1]) >= 0) {
                return ys[n - 1];
            }
            for (int i = 1; i < n; i++) {
                if (value.compareTo(xs[i]) <= 0) {
                    return ys[i - 1].add(value.subtract(xs[i - 1]).multiply(slopes[i - 1]));
                }
            }
            return ys[n - 1];
        }
    }

    /** The value is the score ({@code pickup_score_avg}). */
    final class Identity implements Curve {
        @Override
        public Fraction score(Fraction value) {
            return value;
        }
    }
}
