package com.scoredesk.scoring.score;

import com.scoredesk.scoring.Fraction;
import com.scoredesk.scoring.rules.StageRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Re-evaluates the score of one day for small changes of its counters, exactly and cheaply. The total before the
 * gate and the clamp is linear in the indicator scores as long as no indicator gains or loses its value:
 *
 * <pre>
 * total = Σ_d W_d / ΣW · (Σ_i w_i / Σw_d · s_i  [+ bonus, capped]) + total bonuses − deductions
 * </pre>
 *
 * so a change of one indicator's score changes the total by its two weight shares times the change. Only the
 * indicators whose counters changed are re-scored, and an impact is the difference of two such small changes (the
 * base total cancels exactly). When a change moves the stage, gives or takes an indicator's value, touches the
 * order count, the violations or the gate's sessions, or brings the total near the clamp, the gate or a bonus cap,
 * the full exact evaluation runs instead.
 */
final class Pricer {

    private final Evaluator ev;
    private final long[] base;
    private final Evaluator.IndOut[] baseOuts;
    private final @Nullable Fraction[] baseDims;
    private final Fraction deductions;
    private final int[][] indicatorsOfSlot;
    private final Stage baseStage;
    private final @Nullable Fraction baseTotal;
    /** Formal stage: each dimension's score before its bonus, and the weight shares. */
    private final @Nullable Fraction[] baseDimRaw;

    private final @Nullable Fraction[] dimShare;
    private final @Nullable Fraction[] indShare;
    private final Fraction baseBonusPoints;
    private final @Nullable Fraction baseRawTotal;

    private final double baseRawDouble;
    private final double[] baseDimRawDouble;
    private final double scaleMin;
    private final double scaleMax;
    private final double gateMin;
    private final double epsilon;

    Pricer(Evaluator ev, long[] base) {
        this.ev = ev;
        this.base = base.clone();
        int n = ev.inds.length;
        this.baseOuts = new Evaluator.IndOut[n];
        for (int i = 0; i < n; i++) {
            baseOuts[i] = ev.indicator(ev.inds[i], this.base);
        }
        int m = ev.dims.length;
        this.baseDims = new Fraction[m];
        this.baseDimRaw = new Fraction[m];
        this.indShare = new Fraction[n];
        Fraction dimWeights = Fraction.ZERO;
        for (int d = 0; d < m; d++) {
            Evaluator.Dim dim = ev.dims[d];
            Fraction weights = Fraction.ZERO;
            Fraction sum = Fraction.ZERO;
            for (int i = dim.from(); i < dim.to(); i++) {
                if (baseOuts[i].score() != null) {
                    weights = weights.add(ev.inds[i].nominalFraction);
                    sum = sum.add(ev.inds[i].nominalFraction.multiply(baseOuts[i].score()));
                }
            }
            if (weights.signum() != 0) {
                baseDimRaw[d] = sum.divide(weights);
                baseDims[d] = ev.withBonus(dim, baseDimRaw[d], this.base);
                dimWeights = dimWeights.add(dim.nominal());
                for (int i = dim.from(); i < dim.to(); i++) {
                    if (baseOuts[i].score() != null) {
                        indShare[i] = ev.inds[i].nominalFraction.divide(weights);
                    }
                }
            }
        }
        this.dimShare = new Fraction[m];
        Fraction raw = null;
        if (dimWeights.signum() != 0) {
            raw = Fraction.ZERO;
            for (int d = 0; d < m; d++) {
                if (baseDims[d] != null) {
                    dimShare[d] = ev.dims[d].nominal().divide(dimWeights);
                    raw = raw.add(dimShare[d].multiply(baseDims[d]));
                }
            }
        }
        this.deductions = ev.deductionTotal(this.base);
        this.baseBonusPoints = ev.totalBonusPoints(this.base);
        this.baseRawTotal = raw == null ? null : raw.add(baseBonusPoints).subtract(deductions);
        List<List<Integer>> bySlot = new ArrayList<>();
        for (int s = 0; s < Slots.SIZE; s++) {
            bySlot.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            for (int s : ev.inds[i].slots) {
                bySlot.get(s).add(i);
            }
        }
        this.indicatorsOfSlot = new int[Slots.SIZE][];
        for (int s = 0; s < Slots.SIZE; s++) {
            indicatorsOfSlot[s] =
                    bySlot.get(s).stream().mapToInt(Integer::intValue).toArray();
        }
        this.baseStage = ev.stageOf(this.base);
        this.baseTotal = full(this.base, null);
        this.baseRawDouble = baseRawTotal == null ? Double.NaN : baseRawTotal.doubleValue();
        this.baseDimRawDouble = new double[m];
        for (int d = 0; d < m; d++) {
            baseDimRawDouble[d] = baseDimRaw[d] == null ? Double.NaN : baseDimRaw[d].doubleValue();
        }
        this.scaleMin = ev.rules.scale().min().doubleValue();
        this.scaleMax = ev.rules.scale().max().doubleValue();
        this.gateMin = ev.rules.gate() == null
                ? Double.NaN
                : ev.rules.gate().minTotal().doubleValue();
        this.epsilon = 1e-9 * Math.max(1, Math.abs(scaleMax));
    }

    /**
     * The impact of moving from {@code deltaDefault} to {@code deltaAction} (both on the base counters): the
     * difference of the two totals before rounding, zero when either has no score.
     */
    Fraction impact(long[] deltaAction, long[] deltaDefault) {
        Fraction a = rawChange(deltaAction);
        Fraction d = a == null ? null : rawChange(deltaDefault);
        if (a != null && d != null && linear(a) && linear(d)) {
            return a.subtract(d);
        }
        Fraction action = total(deltaAction);
        Fraction fallback = total(deltaDefault);
        return action == null || fallback == null ? Fraction.ZERO : action.subtract(fallback);
    }

    /** The total stays strictly inside the scale and on the same side of the gate: finishing it is linear. */
    private boolean linear(Fraction change) {
        double raw = baseRawDouble + change.doubleValue();
        if (!(raw > scaleMin + epsilon && raw < scaleMax - epsilon)) {
            return false;
        }
        if (!Double.isNaN(gateMin)) {
            boolean before = baseRawDouble >= gateMin;
            boolean after = raw >= gateMin;
            return before == after && Math.abs(raw - gateMin) > epsilon && Math.abs(baseRawDouble - gateMin) > epsilon;
        }
        return true;
    }

    /**
     * How the total before the gate and the clamp changes with {@code delta}, or {@code null} when that is not a
     * small linear change (then the full evaluation decides).
     */
    @Nullable
    Fraction rawChange(long[] delta) {
        long[] c = null;
        boolean[] touched = null;
        for (int s = 0; s < Slots.SIZE; s++) {
            if (delta[s] != 0) {
                if (s == Slots.VALID_PAID
                        || s == Slots.SIGNED_VALID
                        || s == Slots.GATE_NUM
                        || s == Slots.GATE_POP
                        || s >= Slots.VIOL_TOTAL) {
                    return null;
                }
                if (c == null) {
                    c = base.clone();
                    touched = new boolean[ev.inds.length];
                }
                c[s] += delta[s];
                for (int i : indicatorsOfSlot[s]) {
                    touched[i] = true;
                }
            }
        }
        if (c == null) {
            return Fraction.ZERO;
        }
        if (baseStage != Stage.FORMAL || baseRawTotal == null) {
            return null;
        }
        Fraction change = Fraction.ZERO;
        for (int d = 0; d < ev.dims.length; d++) {
            Evaluator.Dim dim = ev.dims[d];
            Fraction dimChange = Fraction.ZERO;
            for (int i = dim.from(); i < dim.to(); i++) {
                if (!touched[i]) {
                    continue;
                }
                Evaluator.IndOut out = ev.indicator(ev.inds[i], c);
                Fraction before = baseOuts[i].score();
                if ((out.score() == null) != (before == null)) {
                    return null;
                }
                if (before != null && out.score().compareTo(before) != 0) {
                    dimChange = dimChange.add(indShare[i].multiply(out.score().subtract(before)));
                }
            }
            Evaluator.Bonus bonus = dim.bonus();
            boolean bonusMayChange = bonus != null && c[Slots.REMOTE] != base[Slots.REMOTE];
            if (dimChange.signum() == 0 && !bonusMayChange) {
                continue;
            }
            if (baseDimRaw[d] == null) {
                return null;
            }
            if (bonus == null) {
                change = change.add(dimShare[d].multiply(dimChange));
                continue;
            }
            boolean earnedBefore = ev.earned(bonus, base);
            boolean earnedAfter = ev.earned(bonus, c);
            double points = bonus.points().doubleValue();
            double before = baseDimRawDouble[d] + (earnedBefore ? points : 0);
            double after = baseDimRawDouble[d] + dimChange.doubleValue() + (earnedAfter ? points : 0);
            if (bonus.cap() != null) {
                double cap = bonus.cap().doubleValue();
                if (!(before < cap - epsilon && after < cap - epsilon)) {
                    return null;
                }
            }
            Fraction bonusChange = earnedBefore == earnedAfter
                    ? Fraction.ZERO
                    : earnedAfter ? bonus.points() : bonus.points().negate();
            change = change.add(dimShare[d].multiply(dimChange.add(bonusChange)));
        }
        Fraction bonus = ev.totalBonusPoints(c);
        if (bonus.compareTo(baseBonusPoints) != 0) {
            change = change.add(bonus.subtract(baseBonusPoints));
        }
        return change;
    }

    /** The score before rounding for the base counters. */
    @Nullable
    Fraction baseTotal() {
        return baseTotal;
    }

    /**
     * The score before rounding (the growth-stage score in the growth stage) for the base counters plus {@code
     * delta}; {@code null} without a score.
     */
    @Nullable
    Fraction total(long[] delta) {
        long[] c = null;
        boolean[] touched = null;
        boolean structural = false;
        for (int s = 0; s < Slots.SIZE; s++) {
            if (delta[s] != 0) {
                if (c == null) {
                    c = base.clone();
                    touched = new boolean[ev.inds.length];
                }
                c[s] += delta[s];
                for (int i : indicatorsOfSlot[s]) {
                    touched[i] = true;
                }
                structural |= s == Slots.VALID_PAID || s == Slots.SIGNED_VALID || s >= Slots.VIOL_TOTAL;
            }
        }
        if (c == null) {
            return baseTotal;
        }
        Stage stage = ev.stageOf(c);
        if (structural || stage != baseStage || stage != Stage.FORMAL || baseRawTotal == null) {
            return full(c, touched);
        }
        Fraction raw = baseRawTotal;
        for (int d = 0; d < ev.dims.length; d++) {
            Evaluator.Dim dim = ev.dims[d];
            Fraction dimRaw = baseDimRaw[d];
            boolean changed = dim.bonus() != null && c[Slots.REMOTE] != base[Slots.REMOTE];
            for (int i = dim.from(); i < dim.to(); i++) {
                if (!touched[i]) {
                    continue;
                }
                Evaluator.IndOut out = ev.indicator(ev.inds[i], c);
                Fraction before = baseOuts[i].score();
                if ((out.score() == null) != (before == null)) {
                    return full(c, touched);
                }
                if (before != null && out.score().compareTo(before) != 0) {
                    dimRaw = dimRaw.add(indShare[i].multiply(out.score().subtract(before)));
                    changed = true;
                }
            }
            if (changed && dimRaw != null) {
                Fraction score = ev.withBonus(dim, dimRaw, c);
                raw = raw.add(dimShare[d].multiply(score.subtract(baseDims[d])));
            }
        }
        Fraction bonus = ev.totalBonusPoints(c);
        if (bonus.compareTo(baseBonusPoints) != 0) {
            raw = raw.add(bonus.subtract(baseBonusPoints));
        }
        return ev.finish(raw, c, new Evaluator.GateOut());
    }

    /** The full evaluation, re-scoring only the indicators in {@code touched} (all when null). */
    private @Nullable Fraction full(long[] c, boolean @Nullable [] touched) {
        Stage stage = ev.stageOf(c);
        if (stage == Stage.NONE) {
            return null;
        }
        if (stage == Stage.GROWTH) {
            BigDecimal score = ev.growthScore((StageRule.Growth) ev.rules.stage(), c);
            return Fraction.of(score);
        }
        Evaluator.IndOut[] outs = baseOuts;
        if (touched != null) {
            outs = baseOuts.clone();
            for (int i = 0; i < outs.length; i++) {
                if (touched[i]) {
                    outs[i] = ev.indicator(ev.inds[i], c);
                }
            }
        }
        Fraction[] dims = new Fraction[ev.dims.length];
        boolean any = false;
        for (int d = 0; d < dims.length; d++) {
            dims[d] = ev.dimensionScore(ev.dims[d], outs, c);
            any |= dims[d] != null;
        }
        if (!any) {
            return null;
        }
        return ev.formalTotal(dims, c, new Evaluator.GateOut(), ev.deductionTotal(c));
    }
}
