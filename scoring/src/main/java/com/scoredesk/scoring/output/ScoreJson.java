package com.scoredesk.scoring.output;

import com.scoredesk.scoring.Fraction;
import com.scoredesk.scoring.score.ScoreResult;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON answer of the {@code score} command (section 7 of the contract), keys in the contract's order.
 * Numbers are plain JSON numbers; rates are fractions; exact values that are not integers are printed as the
 * nearest double; decimals of the rule set (weights, points, the 5-point total) as written.
 *
 * <p>Which optional members appear follows the result: {@code gate} for rule sets with an IM gate, {@code
 * growth} in the growth stage, else {@code totalUnrounded}, and {@code floorThreshold} and {@code
 * validPaidOrders} for rule sets that have them. Stateless and thread-safe.
 */
public final class ScoreJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private ScoreJson() {}

    /** The answer as indented JSON. */
    public static String toJson(ScoreResult result) {
        return MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toTree(result));
    }

    /** The answer as compact JSON on one line. */
    public static String toCompactJson(ScoreResult result) {
        return MAPPER.writeValueAsString(toTree(result));
    }

    static ObjectNode toTree(ScoreResult r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("shopId", r.shopId());
        root.put("ruleSet", r.ruleSetId());
        root.put("asOf", r.asOf().toString());
        ObjectNode window = root.putObject("window");
        window.put("from", r.windowFrom().toString());
        window.put("to", r.windowTo().toString());
        root.put("stage", r.stage().code());
        decimal(root, "total", r.total());
        decimal(root, "shown", r.shown());
        if (r.reason() == null) {
            root.putNull("reason");
        } else {
            root.put("reason", r.reason());
        }
        ArrayNode dims = root.putArray("dimensions");
        for (ScoreResult.DimensionScore d : r.dimensions()) {
            ObjectNode dim = dims.addObject();
            dim.put("id", d.id());
            number(dim, "weight", d.weight());
            dim.put("nominalWeight", d.nominalWeight());
            number(dim, "score", d.score());
            ArrayNode inds = dim.putArray("indicators");
            for (ScoreResult.IndicatorScore i : d.indicators()) {
                ObjectNode ind = inds.addObject();
                ind.put("id", i.id());
                number(ind, "value", i.value());
                number(ind, "score", i.score());
                number(ind, "weight", i.weight());
                ind.put("nominalWeight", i.nominalWeight());
                number(ind, "numerator", i.numerator());
                ind.put("population", i.population());
                ind.put("floored", i.floored());
            }
        }
        ArrayNode bonuses = root.putArray("bonuses");
        for (ScoreResult.Bonus b : r.bonuses()) {
            ObjectNode bonus = bonuses.addObject();
            bonus.put("id", b.id());
            bonus.put("points", b.points());
            if (b.dimension() != null) {
                bonus.put("dimension", b.dimension());
            }
        }
        ArrayNode deductions = root.putArray("deductions");
        for (ScoreResult.Deduction d : r.deductions()) {
            ObjectNode deduction = deductions.addObject();
            deduction.put("kind", d.kind().code());
            deduction.put("count", d.count());
            deduction.put("points", d.points());
        }
        ScoreResult.Consequences c = r.consequences();
        if (c == null) {
            root.putNull("consequences");
        } else {
            ObjectNode cons = root.putObject("consequences");
            cons.put("alliance", c.alliance());
            cons.put("shownStars", c.shownStars());
            if (c.settlementDays() != null) {
                cons.put("settlementDays", c.settlementDays().intValue());
            }
            if (c.mayEndCooperation() != null) {
                cons.put("mayEndCooperation", c.mayEndCooperation().booleanValue());
            }
            if (c.band() != null) {
                cons.put("band", c.band());
            }
            for (Map.Entry<String, Boolean> p : c.programs().entrySet()) {
                cons.put(p.getKey(), p.getValue().booleanValue());
            }
        }
        if (r.gate() != null) {
            ObjectNode gate = root.putObject("gate");
            number(gate, "rate", r.gate().rate());
            gate.put("applied", r.gate().applied());
        }
        if (r.growth() != null) {
            ObjectNode growth = root.putObject("growth");
            growth.put("validPaidOrders", r.growth().validPaidOrders());
            growth.put("violations", r.growth().violations());
            ArrayNode checks = growth.putArray("checks");
            for (ScoreResult.GrowthCheck g : r.growth().checks()) {
                ObjectNode check = checks.addObject();
                check.put("id", g.id());
                number(check, "value", g.value());
                check.put("limit", g.limit());
                check.put("pass", g.pass());
            }
        } else {
            number(root, "totalUnrounded", r.totalUnrounded());
            if (r.floorThreshold() != null) {
                root.put("floorThreshold", r.floorThreshold().intValue());
            }
            if (r.validPaidOrders() != null) {
                root.put("validPaidOrders", r.validPaidOrders().longValue());
            }
        }
        return root;
    }

    private static void decimal(ObjectNode node, String name, @Nullable BigDecimal value) {
        if (value == null) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }

    /** An exact value: an integer as an integer, anything else as the nearest double. */
    private static void number(ObjectNode node, String name, @Nullable Fraction value) {
        if (value == null) {
            node.putNull(name);
        } else if (value.isInteger()) {
            node.put(name, value.numerator().divide(value.denominator()));
        } else {
            node.put(name, value.doubleValue());
        }
    }
}
