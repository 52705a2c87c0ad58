package com.scoredesk.kpi;

import com.scoredesk.scoring.Fraction;
import com.scoredesk.scoring.rules.ConsequenceRule;
import com.scoredesk.scoring.rules.DisplayRule;
import com.scoredesk.scoring.rules.IndicatorSpec;
import com.scoredesk.scoring.rules.RuleSet;
import com.scoredesk.scoring.score.ScoreResult;
import com.scoredesk.scoring.score.ScoreResult.DimensionScore;
import com.scoredesk.scoring.score.ScoreResult.IndicatorScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Turns engine results into what the dashboard shows: exact, and without any number of its own. */
final class ScoreExplainer {

    private static final int VALUE_SCALE = 6;
    private static final int POINTS_SCALE = 4;

    private ScoreExplainer() {}

    static ScoreCard card(RuleSet rules, ScoreResult today, @Nullable ScoreResult yesterday) {
        ConsequenceRule consequences = rules.consequences();
        Map<String, BigDecimal> dimensionScores = new LinkedHashMap<>();
        for (DimensionScore dimension : today.dimensions()) {
            if (dimension.score() != null) {
                dimensionScores.put(dimension.id(), decimal(dimension.score(), 2));
            }
        }
        ScoreResult.Consequences meaning = today.consequences();
        BigDecimal total = today.total();
        DisplayRule.Band next = total == null || today.shown() == null ? null : nextShown(rules.display(), total);
        return new ScoreCard(
                today.asOf(),
                today.ruleSetId(),
                rules.title().zh(),
                rules.title().en(),
                today.stage().code(),
                today.reason(),
                rules.scale().min(),
                rules.scale().max(),
                rules.scale().decimals(),
                total,
                decimal(today.exactTotal(), POINTS_SCALE),
                yesterday == null ? null : yesterday.total(),
                yesterday == null ? null : decimal(yesterday.exactTotal(), POINTS_SCALE),
                yesterday == null ? null : yesterday.ruleSetId(),
                today.shown(),
                meaning == null ? null : meaning.shownStars(),
                meaning == null ? null : meaning.alliance(),
                consequences.alliance().minTotal(),
                consequences.alliance().minDimensions(),
                dimensionScores,
                meaning == null ? Map.of() : meaning.programs(),
                meaning == null ? null : meaning.band(),
                meaning == null ? null : meaning.settlementDays(),
                meaning == null ? null : meaning.mayEndCooperation(),
                next == null ? null : next.min(),
                next == null ? null : next.shown(),
                today.gate() == null ? null : decimal(today.gate().rate(), VALUE_SCALE),
                rules.gate() == null ? null : rules.gate().rateAbove(),
                today.gate() != null && today.gate().applied(),
                today.floorThreshold(),
                rules.floor() == null ? null : rules.floor().score(),
                today.validPaidOrders(),
                growthChecks(today),
                today.bonuses().stream()
                        .map(bonus -> new ScoreCard.Adjustment(bonus.id(), 1, bonus.points()))
                        .toList(),
                today.deductions().stream()
                        .map(deduction -> new ScoreCard.Adjustment(
                                deduction.kind().code(), deduction.count(), deduction.points()))
                        .toList());
    }

    static List<IndicatorLine> lines(RuleSet rules, ScoreResult today) {
        BigDecimal max = rules.scale().max();
        List<IndicatorLine> lines = new ArrayList<>();
        for (DimensionScore dimension : today.dimensions()) {
            for (IndicatorScore indicator : dimension.indicators()) {
                IndicatorSpec spec = rules.indicator(indicator.id()).orElseThrow();
                Fraction share = dimension.weight().multiply(indicator.weight());
                Fraction score = indicator.score();
                lines.add(new IndicatorLine(
                        indicator.id(),
                        dimension.id(),
                        IndicatorKind.of(indicator.id())
                                .orElse(new IndicatorKind(IndicatorKind.Shape.AVERAGE, "points", "order", null)),
                        TierGaps.higherIsBetter(spec.curve()),
                        decimal(indicator.value(), VALUE_SCALE),
                        decimal(score, VALUE_SCALE),
                        decimal(indicator.weight(), VALUE_SCALE),
                        indicator.nominalWeight(),
                        score == null ? null : decimal(share.multiply(score), POINTS_SCALE),
                        score == null
                                ? null
                                : decimal(share.multiply(Fraction.of(max).subtract(score)), POINTS_SCALE),
                        decimal(indicator.numerator(), VALUE_SCALE),
                        indicator.population(),
                        indicator.floored(),
                        TierGaps.of(spec, indicator, dimension.weight()),
                        TierGaps.steps(spec.curve())));
            }
        }
        return lines;
    }

    /** What moved the total from yesterday to today, largest move first. */
    static List<ScoreMove> moves(ScoreResult today, @Nullable ScoreResult yesterday) {
        if (yesterday == null) {
            return List.of();
        }
        Map<String, IndicatorScore> before = indicators(yesterday);
        Map<String, Fraction> pointsBefore = points(yesterday);
        Map<String, Fraction> pointsAfter = points(today);
        List<ScoreMove> moves = new ArrayList<>();
        for (Map.Entry<String, IndicatorScore> entry : indicators(today).entrySet()) {
            IndicatorScore after = entry.getValue();
            IndicatorScore earlier = before.get(entry.getKey());
            Fraction delta = pointsAfter
                    .getOrDefault(entry.getKey(), Fraction.ZERO)
                    .subtract(pointsBefore.getOrDefault(entry.getKey(), Fraction.ZERO));
            if (delta.signum() != 0) {
                moves.add(new ScoreMove(
                        ScoreMove.Kind.INDICATOR,
                        entry.getKey(),
                        earlier == null ? null : decimal(earlier.value(), VALUE_SCALE),
                        decimal(after.value(), VALUE_SCALE),
                        earlier == null ? null : decimal(earlier.score(), VALUE_SCALE),
                        decimal(after.score(), VALUE_SCALE),
                        decimal(delta, POINTS_SCALE)));
            }
        }
        adjustments(moves, ScoreMove.Kind.BONUS, bonuses(yesterday), bonuses(today), BigDecimal.ONE);
        adjustments(moves, ScoreMove.Kind.DEDUCTION, deductions(yesterday), deductions(today), BigDecimal.ONE.negate());
        moves.sort(Comparator.comparing((ScoreMove move) -> move.delta().abs()).reversed());
        return moves;
    }

    private static void adjustments(
            List<ScoreMove> moves,
            ScoreMove.Kind kind,
            Map<String, BigDecimal> before,
            Map<String, BigDecimal> after,
            BigDecimal sign) {
        Map<String, BigDecimal> all = new LinkedHashMap<>(before);
        after.forEach(all::putIfAbsent);
        for (String id : all.keySet()) {
            BigDecimal was = before.getOrDefault(id, BigDecimal.ZERO);
            BigDecimal now = after.getOrDefault(id, BigDecimal.ZERO);
            if (was.compareTo(now) != 0) {
                moves.add(new ScoreMove(
                        kind, id, was, now, null, null, now.subtract(was).multiply(sign)));
            }
        }
    }

    private static Map<String, IndicatorScore> indicators(ScoreResult result) {
        Map<String, IndicatorScore> byId = new LinkedHashMap<>();
        result.dimensions().forEach(d -> d.indicators().forEach(i -> byId.put(i.id(), i)));
        return byId;
    }

    /** Each indicator's contribution to the total: dimension weight × indicator weight × score. */
    private static Map<String, Fraction> points(ScoreResult result) {
        Map<String, Fraction> points = new HashMap<>();
        for (DimensionScore dimension : result.dimensions()) {
            for (IndicatorScore indicator : dimension.indicators()) {
                if (indicator.score() != null) {
                    points.put(
                            indicator.id(),
                            dimension.weight().multiply(indicator.weight()).multiply(indicator.score()));
                }
            }
        }
        return points;
    }

    private static Map<String, BigDecimal> bonuses(ScoreResult result) {
        Map<String, BigDecimal> bonuses = new LinkedHashMap<>();
        result.bonuses().forEach(bonus -> bonuses.merge(bonus.id(), bonus.points(), BigDecimal::add));
        return bonuses;
    }

    private static Map<String, BigDecimal> deductions(ScoreResult result) {
        Map<String, BigDecimal> deductions = new LinkedHashMap<>();
        result.deductions().forEach(d -> deductions.merge(d.kind().code(), d.points(), BigDecimal::add));
        return deductions;
    }

    private static List<ScoreCard.GrowthCheck> growthChecks(ScoreResult result) {
        if (result.growth() == null) {
            return List.of();
        }
        return result.growth().checks().stream()
                .map(check -> new ScoreCard.GrowthCheck(
                        check.id(), decimal(check.value(), VALUE_SCALE), check.limit(), check.pass()))
                .toList();
    }

    /** The lowest display band above today's shown score, {@code null} at the top or for 5-point scores. */
    private static DisplayRule.@Nullable Band nextShown(DisplayRule display, BigDecimal total) {
        if (display.sameAsTotal()) {
            return null;
        }
        BigDecimal shown = display.shown(total);
        return display.bands().stream()
                .filter(band -> band.shown().compareTo(shown) > 0)
                .min(Comparator.comparing(DisplayRule.Band::min))
                .orElse(null);
    }

    static @Nullable BigDecimal decimal(@Nullable Fraction value, int scale) {
        return value == null ? null : value.toBigDecimal(scale, RoundingMode.HALF_UP);
    }
}
