package com.scoredesk.scoring.score;

import static com.scoredesk.scoring.score.Slots.*;

import com.scoredesk.scoring.Fraction;
import com.scoredesk.scoring.model.Shop;
import com.scoredesk.scoring.model.ShopType;
import com.scoredesk.scoring.model.Timestamps;
import com.scoredesk.scoring.model.ViolationKind;
import com.scoredesk.scoring.rules.BonusRule;
import com.scoredesk.scoring.rules.ConsequenceRule;
import com.scoredesk.scoring.rules.DeductionRule;
import com.scoredesk.scoring.rules.DimensionSpec;
import com.scoredesk.scoring.rules.FloorRule;
import com.scoredesk.scoring.rules.GateRule;
import com.scoredesk.scoring.rules.IndicatorSpec;
import com.scoredesk.scoring.rules.Point;
import com.scoredesk.scoring.rules.RuleSet;
import com.scoredesk.scoring.rules.StageRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns the counters of a pass into the score, exactly: indicator values and scores (curves, floor), weights
 * with renormalisation, dimension and total scores, bonuses, deductions, gate, stage, clamping and rounding,
 * display, stars and consequences. Built once per rule set and shop; immutable and thread-safe.
 */
final class Evaluator {

    private static final Fraction HOUR = Fraction.of(Timestamps.HOUR);
    private static final Fraction SECOND = Fraction.of(Timestamps.SECOND);

    final RuleSet rules;
    final Shop shop;
    final Ind[] inds;
    final Dim[] dims;
    final int floorThreshold;
    private final @Nullable FloorRule floor;
    private final Fraction floorScore;
    private final Fraction scaleMin;
    private final Fraction scaleMax;
    private final Bonus[] totalBonuses;
    private final @Nullable Fraction gateMinTotal;
    private final @Nullable Fraction gateRateAbove;
    private final @Nullable Fraction gatePoints;

    Evaluator(RuleSet rules, Shop shop) {
        this.rules = rules;
        this.shop = shop;
        this.floor = rules.floor();
        this.floorThreshold = floor == null ? -1 : floor.thresholdFor(shop);
        this.floorScore = floor == null ? Fraction.ZERO : Fraction.of(floor.score());
        this.scaleMin = Fraction.of(rules.scale().min());
        this.scaleMax = Fraction.of(rules.scale().max());
        List<Ind> all = new ArrayList<>();
        List<Dim> dimList = new ArrayList<>();
        for (DimensionSpec d : rules.dimensions()) {
            int first = all.size();
            for (IndicatorSpec spec : d.indicators()) {
                BigDecimal nominal = spec.weight() != null
                        ? spec.weight()
                        : d.weightTable().weight(spec.id(), shop.industry(), shopTypeFor(shop));
                all.add(new Ind(spec, dimList.size(), nominal, this));
            }
            Bonus bonus = null;
            for (BonusRule b : rules.bonuses()) {
                if (d.id().equals(b.dimension())) {
                    bonus = Bonus.of(b);
                }
            }
            dimList.add(new Dim(d, first, all.size(), bonus, Fraction.of(d.weight())));
        }
        this.inds = all.toArray(new Ind[0]);
        this.dims = dimList.toArray(new Dim[0]);
        List<Bonus> totalLevel = new ArrayList<>();
        for (BonusRule b : rules.bonuses()) {
            if (b.dimension() == null) {
                totalLevel.add(Bonus.of(b));
            }
        }
        this.totalBonuses = totalLevel.toArray(new Bonus[0]);
        GateRule g = rules.gate();
        this.gateMinTotal = g == null ? null : Fraction.of(g.minTotal());
        this.gateRateAbove = g == null ? null : Fraction.of(g.rateAbove());
        this.gatePoints = g == null ? null : Fraction.of(g.points());
    }

    private static ShopType shopTypeFor(Shop shop) {
        return shop.shopType();
    }

    // ------------------------------------------------------------------ indicators

    /** How one indicator reads the counters. */
    static final class Ind {
        final IndicatorSpec spec;
        final String id;
        final int dim;
        final BigDecimal nominal;
        final Fraction nominalFraction;
        final int[] slots;
        final int badSlot;
        final boolean floorable;
        private final Kind kind;
        private final int num;
        private final int pop;
        private final Fraction unit;
        private final Fraction[] bucketWeights;
        private final Fraction[] segScores;
        private final Fraction[] segSlopes;
        private final Fraction penalty;

        Ind(IndicatorSpec spec, int dim, BigDecimal nominal, Evaluator e) {
            this.spec = spec;
            this.id = spec.id();
            this.dim = dim;
            this.nominal = nominal;
            this.nominalFraction = Fraction.of(nominal);
            Fraction u = Fraction.ONE;
            Fraction[] bw = new Fraction[0];
            Fraction[] ss = new Fraction[0];
            Fraction[] sl = new Fraction[0];
            Fraction pen = Fraction.ZERO;
            int bad = -1;
            Kind k;
            int n;
            int p;
            switch (id) {
                case "negative_review_rate" -> {
                    k = Kind.RATE;
                    n = NEG_NUM;
                    p = NEG_POP;
                }
                case "quality_return_rate_lagged" -> {
                    k = Kind.RATE;
                    n = QRL_NUM;
                    p = QRL_POP;
                }
                case "complaint_rate_lagged" -> {
                    k = Kind.RATE;
                    n = COMP_NUM;
                    p = COMP_POP;
                }
                case "pickup_timely_rate" -> {
                    k = Kind.BUCKETS;
                    n = PT_BUCKET;
                    p = PT_POP;
                    bw = spec.buckets().stream()
                            .map(b -> Fraction.of(b.score()))
                            .toArray(Fraction[]::new);
                }
                case "delivery_hours" -> {
                    k = Kind.AVERAGE;
                    n = DELIV_SUM;
                    p = DELIV_POP;
                    u = HOUR;
                }
                case "dispute_merchant_rate" -> {
                    k = Kind.RATE;
                    n = DISP_NUM;
                    p = DISP_POP;
                }
                case "im_3min_reply_rate" -> {
                    k = Kind.RATE;
                    n = IM3_NUM;
                    p = IM3_POP;
                }
                case "refund_only_hours" -> {
                    k = Kind.AVERAGE;
                    n = RO_SUM;
                    p = RO_POP;
                    u = HOUR;
                }
                case "return_refund_hours" -> {
                    k = Kind.AVERAGE;
                    n = RR_SUM;
                    p = RR_POP;
                    u = HOUR;
                }
                case "product_rating_avg" -> {
                    k = Kind.AVERAGE;
                    n = RATING_SUM;
                    p = RATING_POP;
                    bad = LOW_RATING;
                }
                case "quality_return_rate" -> {
                    k = Kind.RATE;
                    n = QR_NUM;
                    p = QR_POP;
                    bad = QR_NUM;
                }
                case "pickup_score_avg" -> {
                    k = Kind.PICKUP_SCORE;
                    n = PK_SEG_COUNT;
                    p = PK_POP;
                    List<Point> pts = e.rules.pickup().scorePoints();
                    ss = new Fraction[pts.size()];
                    sl = new Fraction[pts.size()];
                    for (int j = 0; j < pts.size(); j++) {
                        ss[j] = Fraction.of(pts.get(j).score());
                        sl[j] = j + 1 < pts.size()
                                ? Fraction.of(pts.get(j + 1)
                                                .score()
                                                .subtract(pts.get(j).score()))
                                        .divide(Fraction.of(pts.get(j + 1)
                                                .value()
                                                .subtract(pts.get(j).value())))
                                        .divide(HOUR)
                                : Fraction.ZERO;
                    }
                    pen = Fraction.of(e.rules.pickup().penaltyScore());
                }
                case "pickup_hours_avg" -> {
                    k = Kind.AVERAGE;
                    n = PK_SUM;
                    p = PK_POP;
                    u = HOUR;
                }
                case "delivery_on_time_rate" -> {
                    k = Kind.RATE;
                    n = WB_MET;
                    p = WB_POP;
                }
                case "logistics_return_rate" -> {
                    k = Kind.RATE;
                    n = LR_NUM;
                    p = VALID_PAID;
                    bad = LR_NUM;
                }
                case "damage_return_rate" -> {
                    k = Kind.RATE;
                    n = DR_NUM;
                    p = VALID_PAID;
                    bad = DR_NUM;
                }
                case "after_sale_review_hours" -> {
                    k = Kind.AVERAGE;
                    n = ASR_SUM;
                    p = ASR_POP;
                    u = HOUR;
                }
                case "im_avg_response_seconds" -> {
                    k = Kind.AVERAGE;
                    n = RND_SUM;
                    p = RND_POP;
                    u = SECOND;
                }
                case "im_dissatisfaction_rate" -> {
                    k = Kind.RATE;
                    n = DIS_NUM;
                    p = DIS_POP;
                    bad = DIS_NUM;
                }
                case "platform_help_rate" -> {
                    k = Kind.RATE;
                    n = HELP_NUM;
                    p = HELP_POP;
                    bad = HELP_NUM;
                }
                default -> throw new IllegalArgumentException("unknown indicator " + id);
            }
            this.kind = k;
            this.num = n;
            this.pop = p;
            this.unit = u;
            this.bucketWeights = bw;
            this.segScores = ss;
            this.segSlopes = sl;
            this.penalty = pen;
            this.floorable = e.floor != null && e.floor.indicators().contains(id) && bad >= 0;
            this.badSlot = bad;
            List<Integer> read = new ArrayList<>();
            read.add(p);
            switch (k) {
                case BUCKETS -> {
                    for (int j = 0; j < bw.length; j++) {
                        read.add(PT_BUCKET + j);
                    }
                }
                case PICKUP_SCORE -> {
                    for (int j = 0; j < ss.length; j++) {
                        read.add(PK_SEG_COUNT + j);
                        read.add(PK_SEG_SUM + j);
                    }
                    read.add(PK_PENALTY);
                }
                default -> read.add(n);
            }
            if (floorable) {
                read.add(bad);
                read.add(VALID_PAID);
            }
            this.slots = read.stream().distinct().mapToInt(Integer::intValue).toArray();
        }

        long population(long[] c) {
            return c[pop];
        }

        /** The numerator in the indicator's unit: a count, or a sum in hours, seconds, stars or points. */
        Fraction numerator(long[] c) {
            return switch (kind) {
                case RATE -> Fraction.of(c[num]);
                case AVERAGE ->
                    unit == Fraction.ONE
                            ? Fraction.of(c[num])
                            : Fraction.of(c[num]).divide(unit);
                case BUCKETS -> {
                    Fraction sum = Fraction.ZERO;
                    for (int j = 0; j < bucketWeights.length; j++) {
                        sum = sum.add(bucketWeights[j].multiply(c[PT_BUCKET + j]));
                    }
                    yield sum;
                }
                case PICKUP_SCORE -> {
                    Fraction sum = penalty.multiply(c[PK_PENALTY]);
                    for (int j = 0; j < segScores.length; j++) {
                        sum = sum.add(segScores[j].multiply(c[PK_SEG_COUNT + j]));
                        if (segSlopes[j].signum() != 0) {
                            sum = sum.add(segSlopes[j].multiply(c[PK_SEG_SUM + j]));
                        }
                    }
                    yield sum;
                }
            };
        }

        /** The value, {@code null} when the population is empty. */
        @Nullable
        Fraction value(long[] c) {
            long p = c[pop];
            if (p <= 0) {
                return null;
            }
            if (kind == Kind.RATE) {
                return Fraction.of(c[num], p);
            }
            if (kind == Kind.AVERAGE) {
                return Fraction.of(c[num], p).divide(unit);
            }
            return numerator(c).divide(Fraction.of(p));
        }
    }

    enum Kind {
        RATE,
        AVERAGE,
        BUCKETS,
        PICKUP_SCORE
    }

    /** One indicator's outcome. */
    record IndOut(@Nullable Fraction value, @Nullable Fraction score, boolean floored) {}

    IndOut indicator(Ind ind, long[] c) {
        Fraction value = ind.value(c);
        if (value == null) {
            return new IndOut(null, null, false);
        }
        if (ind.floorable && c[VALID_PAID] < floorThreshold && c[ind.badSlot] <= floor.maxBadCount()) {
            return new IndOut(value, floorScore, true);
        }
        return new IndOut(value, ind.spec.curve().score(value), false);
    }

    // ------------------------------------------------------------------ dimensions

    /** A dimension, the slice of {@link #inds} it holds, and the bonus that goes to it. */
    record Dim(DimensionSpec spec, int from, int to, @Nullable Bonus bonus, Fraction nominal) {}

    /** A bonus rule with its numbers as fractions. */
    record Bonus(BonusRule rule, Fraction points, @Nullable Fraction cap, @Nullable Fraction minShare) {
        static Bonus of(BonusRule b) {
            return new Bonus(
                    b,
                    Fraction.of(b.points()),
                    b.dimensionCap() == null ? null : Fraction.of(b.dimensionCap()),
                    b.minShare() == null ? null : Fraction.of(b.minShare()));
        }
    }

    /** A dimension's score (bonus included) from its indicators' outcomes, {@code null} when none has a score. */
    @Nullable
    Fraction dimensionScore(Dim d, IndOut[] outs, long[] c) {
        Fraction weightSum = Fraction.ZERO;
        Fraction sum = Fraction.ZERO;
        for (int i = d.from(); i < d.to(); i++) {
            Fraction s = outs[i].score();
            if (s != null) {
                Fraction w = inds[i].nominalFraction;
                weightSum = weightSum.add(w);
                sum = sum.add(w.multiply(s));
            }
        }
        if (weightSum.signum() == 0) {
            return null;
        }
        return withBonus(d, sum.divide(weightSum), c);
    }

    boolean earned(Bonus bonus, long[] c) {
        BonusRule b = bonus.rule();
        long count;
        switch (b.id()) {
            case "remote_logistics" -> {
                if (!shop.remoteLogisticsService()) {
                    return false;
                }
                count = c[REMOTE];
            }
            case "next_day_delivery" -> count = c[NEXT_DAY];
            case "freight_insurance" -> {
                if (!shop.freightInsuranceEnabled()) {
                    return false;
                }
                count = c[FREIGHT_INS];
            }
            case "bulky_freight_insurance" -> count = c[BULKY_INS];
            case "home_installation" -> count = c[HOME_INSTALL];
            default -> throw new IllegalStateException("unknown bonus " + b.id());
        }
        if (count <= 0 || count < b.minOrders()) {
            return false;
        }
        if (bonus.minShare() != null) {
            long paid = c[VALID_PAID];
            return paid > 0 && Fraction.of(count, paid).compareTo(bonus.minShare()) >= 0;
        }
        return true;
    }

    // ------------------------------------------------------------------ the total

    /** The points all deductions take, after caps. */
    Fraction deductionTotal(long[] c) {
        Fraction sum = Fraction.ZERO;
        for (Deduction d : deductions(c)) {
            sum = sum.add(Fraction.of(d.points()));
        }
        return sum;
    }

    /** The formal-stage total before rounding, from dimension scores. */
    Fraction formalTotal(Fraction[] dimScores, long[] c, GateOut gateOut) {
        return formalTotal(dimScores, c, gateOut, deductionTotal(c));
    }

    /** The points of the total-level bonuses earned with counters {@code c}. */
    Fraction totalBonusPoints(long[] c) {
        Fraction sum = Fraction.ZERO;
        for (Bonus b : totalBonuses) {
            if (earned(b, c)) {
                sum = sum.add(b.points());
            }
        }
        return sum;
    }

    /** A dimension's score from its score before its bonus: the bonus added when earned, capped. */
    Fraction withBonus(Dim d, Fraction raw, long[] c) {
        Bonus b = d.bonus();
        if (b != null && earned(b, c)) {
            Fraction score = raw.add(b.points());
            return b.cap() != null ? score.min(b.cap()) : score;
        }
        return raw;
    }

    /** The gate (when the rule set has one) and the clamp to the scale, applied to a total. */
    Fraction finish(Fraction total, long[] c, GateOut gateOut) {
        if (gateMinTotal != null) {
            long pop = c[GATE_POP];
            Fraction rate = pop > 0 ? Fraction.of(c[GATE_NUM], pop) : null;
            boolean applied = rate != null && total.compareTo(gateMinTotal) >= 0 && rate.compareTo(gateRateAbove) > 0;
            if (applied) {
                total = total.subtract(gatePoints);
            }
            gateOut.rate = rate;
            gateOut.applied = applied;
        }
        return total.max(scaleMin).min(scaleMax);
    }

    /** The formal-stage total before rounding, from dimension scores and the deductions' points. */
    Fraction formalTotal(Fraction[] dimScores, long[] c, GateOut gateOut, Fraction deductionPoints) {
        Fraction weightSum = Fraction.ZERO;
        Fraction sum = Fraction.ZERO;
        for (int d = 0; d < dims.length; d++) {
            if (dimScores[d] != null) {
                Fraction w = dims[d].nominal();
                weightSum = weightSum.add(w);
                sum = sum.add(w.multiply(dimScores[d]));
            }
        }
        Fraction total = sum.divide(weightSum).add(totalBonusPoints(c));
        if (deductionPoints.signum() != 0) {
            total = total.subtract(deductionPoints);
        }
        return finish(total, c, gateOut);
    }

    static final class GateOut {
        @Nullable
        Fraction rate;

        boolean applied;
    }

    record Deduction(ViolationKind kind, long count, BigDecimal points) {}

    List<Deduction> deductions(long[] c) {
        List<Deduction> list = new ArrayList<>();
        Map<String, BigDecimal> used = new HashMap<>();
        for (DeductionRule rule : rules.deductions()) {
            long count = c[VIOL_KIND + rule.kind().ordinal()];
            if (count == 0) {
                continue;
            }
            BigDecimal points = rule.points().multiply(BigDecimal.valueOf(count));
            if (rule.cap() != null) {
                BigDecimal cap = rules.deductionCaps().get(rule.cap());
                BigDecimal left = cap.subtract(used.getOrDefault(rule.cap(), BigDecimal.ZERO))
                        .max(BigDecimal.ZERO);
                points = points.min(left);
                used.merge(rule.cap(), points, BigDecimal::add);
            }
            list.add(new Deduction(rule.kind(), count, points));
        }
        return list;
    }

    /** Which stage the counters put the shop in, and why not formal. */
    record StageOut(Stage stage, @Nullable String reason) {}

    /** The stage of the counters, without the reason (cheap, for pricing). */
    Stage stageOf(long[] c) {
        StageRule rule = rules.stage();
        if (rule instanceof StageRule.MinSignedOrders m) {
            return c[SIGNED_VALID] < m.minSignedOrders() ? Stage.NONE : Stage.FORMAL;
        }
        if (rule instanceof StageRule.Growth g && c[VALID_PAID] < g.minValidPaidOrders()) {
            return g.personalHasNoScore() && shop.shopType() == ShopType.PERSONAL ? Stage.NONE : Stage.GROWTH;
        }
        return Stage.FORMAL;
    }

    StageOut stage(long[] c) {
        StageRule rule = rules.stage();
        if (rule instanceof StageRule.MinSignedOrders m) {
            if (c[SIGNED_VALID] < m.minSignedOrders()) {
                return new StageOut(
                        Stage.NONE,
                        "fewer than " + m.minSignedOrders() + " valid orders were signed in the window ("
                                + c[SIGNED_VALID] + ")");
            }
        } else if (rule instanceof StageRule.Growth g && c[VALID_PAID] < g.minValidPaidOrders()) {
            if (g.personalHasNoScore() && shop.shopType() == ShopType.PERSONAL) {
                return new StageOut(
                        Stage.NONE,
                        "a personal shop has no growth-stage score (" + c[VALID_PAID]
                                + " valid paid orders in the window, fewer than " + g.minValidPaidOrders() + ")");
            }
            return new StageOut(Stage.GROWTH, null);
        }
        return new StageOut(Stage.FORMAL, null);
    }

    List<ScoreResult.GrowthCheck> growthChecks(StageRule.Growth g, long[] c) {
        List<ScoreResult.GrowthCheck> checks = new ArrayList<>();
        for (StageRule.GrowthCheckRule rule : g.checks()) {
            Fraction value =
                    switch (rule.id()) {
                        case "low_rating_orders" -> Fraction.of(c[LOW_RATING]);
                        case "quality_return_orders" -> Fraction.of(c[QR_NUM]);
                        case "late_pickup_share" -> c[PK_POP] > 0 ? Fraction.of(c[PK_LATE], c[PK_POP]) : null;
                        case "missed_delivery_share" ->
                            c[WB_POP] > 0 ? Fraction.of(c[WB_POP] - c[WB_MET], c[WB_POP]) : null;
                        case "logistics_return_orders" -> Fraction.of(c[LR_NUM]);
                        case "damage_return_orders" -> Fraction.of(c[DR_NUM]);
                        case "after_sale_review_hours" ->
                            c[ASR_POP] > 0 ? Fraction.of(c[ASR_SUM], c[ASR_POP]).divide(HOUR) : null;
                        case "im_avg_response_seconds" ->
                            c[RND_POP] > 0 ? Fraction.of(c[RND_SUM], c[RND_POP]).divide(SECOND) : null;
                        case "dissatisfied_sessions" -> Fraction.of(c[DIS_NUM]);
                        case "escalated_orders" -> Fraction.of(c[HELP_NUM]);
                        default -> throw new IllegalStateException("unknown growth check " + rule.id());
                    };
            boolean pass = value == null || value.compareTo(rule.limit()) <= 0;
            checks.add(new ScoreResult.GrowthCheck(rule.id(), value, rule.limit(), pass));
        }
        return checks;
    }

    BigDecimal growthScore(StageRule.Growth g, long[] c) {
        if (c[VIOL_TOTAL] > 0) {
            return g.failedScore();
        }
        for (ScoreResult.GrowthCheck check : growthChecks(g, c)) {
            if (!check.pass()) {
                return g.failedScore();
            }
        }
        return g.score();
    }

    // ------------------------------------------------------------------ the whole answer

    ScoreResult evaluate(long[] c, LocalDate asOf) {
        IndOut[] outs = new IndOut[inds.length];
        for (int i = 0; i < inds.length; i++) {
            outs[i] = indicator(inds[i], c);
        }
        Fraction[] dimScores = new Fraction[dims.length];
        for (int d = 0; d < dims.length; d++) {
            dimScores[d] = dimensionScore(dims[d], outs, c);
        }
        StageOut stage = stage(c);
        Stage st = stage.stage();
        String reason = stage.reason();
        boolean anyDimension = false;
        for (Fraction s : dimScores) {
            anyDimension |= s != null;
        }
        if (st == Stage.FORMAL && !anyDimension) {
            st = Stage.NONE;
            reason = "no indicator has a value in the window";
        }
        boolean formal = st == Stage.FORMAL;

        List<ScoreResult.DimensionScore> dimensions = new ArrayList<>();
        Fraction dimWeightSum = Fraction.ZERO;
        for (int d = 0; d < dims.length; d++) {
            if (dimScores[d] != null) {
                dimWeightSum = dimWeightSum.add(dims[d].nominal());
            }
        }
        for (int d = 0; d < dims.length; d++) {
            Dim dim = dims[d];
            Fraction indWeightSum = Fraction.ZERO;
            for (int i = dim.from(); i < dim.to(); i++) {
                if (outs[i].value() != null) {
                    indWeightSum = indWeightSum.add(inds[i].nominalFraction);
                }
            }
            List<ScoreResult.IndicatorScore> indicators = new ArrayList<>();
            for (int i = dim.from(); i < dim.to(); i++) {
                Ind ind = inds[i];
                IndOut out = outs[i];
                Fraction weight = out.value() == null || indWeightSum.signum() == 0
                        ? Fraction.ZERO
                        : ind.nominalFraction.divide(indWeightSum);
                indicators.add(new ScoreResult.IndicatorScore(
                        ind.id,
                        out.value(),
                        formal ? out.score() : null,
                        weight,
                        ind.nominal,
                        ind.numerator(c),
                        ind.population(c),
                        formal && out.floored()));
            }
            Fraction weight = dimScores[d] == null || dimWeightSum.signum() == 0
                    ? Fraction.ZERO
                    : dim.nominal().divide(dimWeightSum);
            dimensions.add(new ScoreResult.DimensionScore(
                    dim.spec().id(), weight, dim.spec().weight(), formal ? dimScores[d] : null, indicators));
        }

        LocalDate windowFrom = asOf.minusDays(rules.windowDays());
        LocalDate windowTo = asOf.minusDays(1);
        Integer floorThr = floor == null ? null : floorThreshold;
        Long validPaid = rules.stage() instanceof StageRule.Growth ? c[VALID_PAID] : null;
        ScoreResult.Gate gate = null;
        GateOut gateOut = new GateOut();
        if (rules.gate() != null) {
            long pop = c[GATE_POP];
            gate = new ScoreResult.Gate(pop > 0 ? Fraction.of(c[GATE_NUM], pop) : null, false);
        }

        if (st == Stage.GROWTH) {
            StageRule.Growth g = (StageRule.Growth) rules.stage();
            return new ScoreResult(
                    shop.shopId(),
                    rules.id(),
                    asOf,
                    windowFrom,
                    windowTo,
                    Stage.GROWTH,
                    growthScore(g, c),
                    null,
                    null,
                    dimensions,
                    List.of(),
                    List.of(),
                    null,
                    gate,
                    null,
                    null,
                    null,
                    new ScoreResult.Growth(c[VALID_PAID], c[VIOL_TOTAL], growthChecks(g, c)));
        }
        if (st == Stage.NONE) {
            return new ScoreResult(
                    shop.shopId(),
                    rules.id(),
                    asOf,
                    windowFrom,
                    windowTo,
                    Stage.NONE,
                    null,
                    null,
                    reason,
                    dimensions,
                    List.of(),
                    List.of(),
                    null,
                    gate,
                    null,
                    floorThr,
                    validPaid,
                    null);
        }

        Fraction unrounded = formalTotal(dimScores, c, gateOut);
        if (gate != null) {
            gate = new ScoreResult.Gate(gateOut.rate, gateOut.applied);
        }
        BigDecimal total = unrounded.toBigDecimal(rules.scale().decimals(), RoundingMode.HALF_UP);
        BigDecimal shown = rules.display().shown(total);
        List<ScoreResult.Bonus> bonuses = new ArrayList<>();
        for (BonusRule b : rules.bonuses()) {
            if (earned(Bonus.of(b), c)) {
                if (b.dimension() != null) {
                    int d = dimIndex(b.dimension());
                    if (dimScores[d] == null) {
                        continue;
                    }
                }
                bonuses.add(new ScoreResult.Bonus(b.id(), b.points(), b.dimension()));
            }
        }
        List<ScoreResult.Deduction> deductions = new ArrayList<>();
        for (Deduction d : deductions(c)) {
            deductions.add(new ScoreResult.Deduction(d.kind(), d.count(), d.points()));
        }
        return new ScoreResult(
                shop.shopId(),
                rules.id(),
                asOf,
                windowFrom,
                windowTo,
                Stage.FORMAL,
                total,
                shown,
                null,
                dimensions,
                bonuses,
                deductions,
                consequences(total, shown, dimScores),
                gate,
                unrounded,
                floorThr,
                validPaid,
                null);
    }

    private int dimIndex(String id) {
        for (int d = 0; d < dims.length; d++) {
            if (dims[d].spec().id().equals(id)) {
                return d;
            }
        }
        throw new IllegalStateException("no dimension " + id);
    }

    private ScoreResult.Consequences consequences(BigDecimal total, BigDecimal shown, Fraction[] dimScores) {
        ConsequenceRule rule = rules.consequences();
        Map<String, Fraction> byId = new HashMap<>();
        for (int d = 0; d < dims.length; d++) {
            if (dimScores[d] != null) {
                byId.put(dims[d].spec().id(), dimScores[d]);
            }
        }
        Map<String, Boolean> programs = new LinkedHashMap<>();
        for (ConsequenceRule.Program p : rule.programs()) {
            programs.put(p.id(), p.isOpen(total, byId::get));
        }
        return new ScoreResult.Consequences(
                rule.alliance().isOpen(total, byId::get),
                rules.stars().stars(shown),
                rule.settlementDays(total),
                rule.mayEndCooperation(total),
                rule.band(total),
                programs);
    }
}
