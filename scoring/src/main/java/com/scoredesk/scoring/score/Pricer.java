package com.scoredesk.scoring.score;

import com.scoredesk.scoring.Fraction;
import com.scoredesk.scoring.rules.StageRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Re-evaluates the score for small changes of the counters of one day: indicators whose counters did not change
 * keep their score, dimensions whose indicators did not change keep theirs, so pricing an item costs a few exact
 * divisions, not a pass over the rows.
 */
final class Pricer {

    private final Evaluator ev;
    private final long[] base;
    private final Evaluator.IndOut[] baseOuts;
    private final @Nullable Fraction[] baseDims;
    private final Fraction deductions;
    private final int[][] indicatorsOfSlot;
    private final @Nullable Fraction baseTotal;

    Pricer(Evaluator ev, long[] base) {
        this.ev = ev;
        this.base = base.clone();
        this.baseOuts = new Evaluator.IndOut[ev.inds.length];
        for (int i = 0; i < ev.inds.length; i++) {
            baseOuts[i] = ev.indicator(ev.inds[i], this.base);
        }
        this.baseDims = new Fraction[ev.dims.length];
        for (int d = 0; d < ev.dims.length; d++) {
            baseDims[d] = ev.dimensionScore(ev.dims[d], baseOuts, this.base);
        }
        this.deductions = ev.deductionTotal(this.base);
        List<List<Integer>> bySlot = new ArrayList<>();
        for (int s = 0; s < Slots.SIZE; s++) {
            bySlot.add(new ArrayList<>());
        }
        for (int i = 0; i < ev.inds.length; i++) {
            for (int s : ev.inds[i].slots) {
                bySlot.get(s).add(i);
            }
        }
        this.indicatorsOfSlot = new int[Slots.SIZE][];
        for (int s = 0; s < Slots.SIZE; s++) {
            indicatorsOfSlot[s] =
                    bySlot.get(s).stream().mapToInt(Integer::intValue).toArray();
        }
        this.baseTotal = evaluate(this.base, null);
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
            }
        }
        if (c == null) {
            return baseTotal;
        }
        return evaluate(c, touched);
    }

    private @Nullable Fraction evaluate(long[] c, boolean @Nullable [] touched) {
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
        boolean bonusInputsChanged = touched == null
                || c[Slots.REMOTE] != base[Slots.REMOTE]
                || c[Slots.VALID_PAID] != base[Slots.VALID_PAID];
        for (int d = 0; d < dims.length; d++) {
            Evaluator.Dim dim = ev.dims[d];
            boolean changed = touched == null || (bonusInputsChanged && dim.bonus() != null);
            for (int i = dim.from(); !changed && i < dim.to(); i++) {
                changed = touched[i];
            }
            dims[d] = changed ? ev.dimensionScore(dim, outs, c) : baseDims[d];
            any |= dims[d] != null;
        }
        if (!any) {
            return null;
        }
        return ev.formalTotal(dims, c, new Evaluator.GateOut(), deductions);
    }
}
