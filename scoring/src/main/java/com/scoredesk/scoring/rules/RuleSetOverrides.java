package com.scoredesk.scoring.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Numbers an admin replaced in a rule set, for an industry or a shop: a list of JSON patches applied in order to
 * the rule set's JSON, then checked like a rule-set file.
 *
 * <p>A patch merges into the rule set (RFC 7386 merge patch) with two additions: an array of objects with an
 * {@code id} (or {@code kind}) merges element by element with the objects of the same id, and a top-level
 * {@code "indicators": {"<id>": {…}}} merges into that indicator wherever it is, where {@code "thresholds": [...]}
 * replaces the values of the indicator's tiers or curve points in order and keeps their scores. Example: {@code
 * {"indicators": {"product_rating_avg": {"thresholds": [4.9, 4.85, 4.8, 4.7, 4.6]}}}}.
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleSetOverrides {

    private static final RuleSetOverrides NONE = new RuleSetOverrides(List.of());

    private final List<ObjectNode> patches;

    private RuleSetOverrides(List<ObjectNode> patches) {
        this.patches = patches.stream().map(ObjectNode::deepCopy).toList();
    }

    public static RuleSetOverrides none() {
        return NONE;
    }

    /**
     * Overrides from one JSON patch.
     *
     * @throws RuleSetException when {@code json} is not a JSON object
     */
    public static RuleSetOverrides ofJson(String json) {
        return new RuleSetOverrides(List.of(RuleSetParser.readTree(json, "override")));
    }

    /** Replaces the thresholds of an indicator's tiers (or curve points), best first, keeping their scores. */
    public static RuleSetOverrides thresholds(String indicatorId, List<BigDecimal> thresholds) {
        ObjectNode patch = RuleSetParser.MAPPER.createObjectNode();
        ArrayNode values = patch.putObject("indicators").putObject(indicatorId).putArray("thresholds");
        thresholds.forEach(values::add);
        return new RuleSetOverrides(List.of(patch));
    }

    /** Sets the configured weight of an indicator inside its dimension. */
    public static RuleSetOverrides indicatorWeight(String indicatorId, BigDecimal weight) {
        ObjectNode patch = RuleSetParser.MAPPER.createObjectNode();
        patch.putObject("indicators").putObject(indicatorId).put("weight", weight);
        return new RuleSetOverrides(List.of(patch));
    }

    /** Sets the weight of a dimension. */
    public static RuleSetOverrides dimensionWeight(String dimensionId, BigDecimal weight) {
        ObjectNode patch = RuleSetParser.MAPPER.createObjectNode();
        patch.putArray("dimensions").addObject().put("id", dimensionId).put("weight", weight);
        return new RuleSetOverrides(List.of(patch));
    }

    /** Sets the limit of a growth-stage check. */
    public static RuleSetOverrides growthLimit(String checkId, BigDecimal limit) {
        ObjectNode patch = RuleSetParser.MAPPER.createObjectNode();
        patch.putObject("stage")
                .putArray("checks")
                .addObject()
                .put("id", checkId)
                .put("limit", limit);
        return new RuleSetOverrides(List.of(patch));
    }

    /** These overrides, then {@code next}. */
    public RuleSetOverrides then(RuleSetOverrides next) {
        if (next.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return next;
        }
        List<ObjectNode> all = new ArrayList<>(patches);
        all.addAll(next.patches);
        return new RuleSetOverrides(all);
    }

    public boolean isEmpty() {
        return patches.isEmpty();
    }

    /** The patches as a JSON array, to store them. */
    public String toJson() {
        ArrayNode array = RuleSetParser.MAPPER.createArrayNode();
        patches.forEach(p -> array.add(p.deepCopy()));
        return array.toString();
    }

    ObjectNode applyTo(ObjectNode base) {
        ObjectNode result = base.deepCopy();
        for (ObjectNode patch : patches) {
            ObjectNode p = patch.deepCopy();
            JsonNode indicators = p.remove("indicators");
            if (indicators != null && indicators.isObject()) {
                for (Map.Entry<String, JsonNode> e : indicators.properties()) {
                    patchIndicator(result, e.getKey(), e.getValue());
                }
            }
            merge(result, p);
        }
        return result;
    }

    private static void patchIndicator(ObjectNode root, String indicatorId, JsonNode patch) {
        if (!patch.isObject()) {
            throw new RuleSetException("override of " + indicatorId + " must be an object");
        }
        for (JsonNode d : root.path("dimensions")) {
            for (JsonNode i : d.path("indicators")) {
                if (i.isObject() && indicatorId.equals(i.path("id").asString(""))) {
                    ObjectNode p = ((ObjectNode) patch).deepCopy();
                    JsonNode thresholds = p.remove("thresholds");
                    merge((ObjectNode) i, p);
                    if (thresholds != null) {
                        replaceThresholds((ObjectNode) i, indicatorId, thresholds);
                    }
                    return;
                }
            }
        }
        throw new RuleSetException("override of unknown indicator " + indicatorId);
    }

    private static void replaceThresholds(ObjectNode indicator, String indicatorId, JsonNode thresholds) {
        JsonNode curve = indicator.path("curve");
        String key = curve.has("tiers") ? "tiers" : "points";
        JsonNode points = curve.path(key);
        if (!points.isArray() || !thresholds.isArray() || points.size() != thresholds.size()) {
            throw new RuleSetException(
                    indicatorId + ": " + thresholds.size() + " thresholds for " + points.size() + " points");
        }
        for (int k = 0; k < points.size(); k++) {
            ((ArrayNode) points.get(k)).set(0, thresholds.get(k));
        }
    }

    private static void merge(ObjectNode target, JsonNode patch) {
        if (!patch.isObject()) {
            throw new RuleSetException("a patch must be an object");
        }
        Iterator<Map.Entry<String, JsonNode>> it = patch.properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode value = e.getValue();
            JsonNode current = target.get(key);
            if (value.isNull()) {
                target.remove(key);
            } else if (value.isObject() && current != null && current.isObject()) {
                merge((ObjectNode) current, value);
            } else if (value.isArray() && current != null && current.isArray() && keyed(value)) {
                mergeById((ArrayNode) current, value);
            } else {
                target.set(key, value.deepCopy());
            }
        }
    }

    private static boolean keyed(JsonNode array) {
        if (array.isEmpty()) {
            return false;
        }
        for (JsonNode e : array) {
            if (!e.isObject() || keyOf(e) == null) {
                return false;
            }
        }
        return true;
    }

    private static String keyOf(JsonNode element) {
        if (element.has("id")) {
            return "id=" + element.get("id").asString();
        }
        if (element.has("kind")) {
            return "kind=" + element.get("kind").asString();
        }
        return null;
    }

    private static void mergeById(ArrayNode target, JsonNode patch) {
        for (JsonNode p : patch) {
            String key = keyOf(p);
            boolean found = false;
            for (JsonNode t : target) {
                if (t.isObject() && key.equals(keyOf(t))) {
                    merge((ObjectNode) t, p);
                    found = true;
                    break;
                }
            }
            if (!found) {
                target.add(p.deepCopy());
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleSetOverrides other && patches.equals(other.patches);
    }

    @Override
    public int hashCode() {
        return patches.hashCode();
    }

    @Override
    public String toString() {
        return "RuleSetOverrides" + toJson();
    }
}
