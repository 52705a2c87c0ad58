package com.scoredesk.settings;

import com.scoredesk.scoring.rules.RuleSetOverrides;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Stored assumptions as the scoring module's overrides, and the values checked before they are stored. */
final class AssumptionOverrides {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AssumptionOverrides() {}

    /** The override of one stored number. */
    static RuleSetOverrides of(AssumptionKind kind, String itemId, String value) {
        return switch (kind) {
            case THRESHOLDS -> RuleSetOverrides.thresholds(itemId, decimals(value));
            case INDICATOR_WEIGHT -> RuleSetOverrides.indicatorWeight(itemId, weight(value));
            case DIMENSION_WEIGHT -> RuleSetOverrides.dimensionWeight(itemId, weight(value));
            case GROWTH_LIMIT -> RuleSetOverrides.growthLimit(itemId, atLeastZero(value));
            case DEADLINE -> deadline(itemId, value);
        };
    }

    private static RuleSetOverrides deadline(String itemId, String value) {
        if (!AssumptionCatalog.DEADLINES.contains(itemId)) {
            throw new IllegalArgumentException("unknown deadline " + itemId);
        }
        BigDecimal number = atLeastZero(value);
        if (number.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("a deadline is a whole number: " + value);
        }
        ObjectNode patch = JSON.createObjectNode();
        patch.putObject("workItems").put(itemId, number.longValueExact());
        return RuleSetOverrides.ofJson(patch.toString());
    }

    static List<BigDecimal> decimals(String value) {
        List<BigDecimal> numbers = new ArrayList<>();
        for (String part : value.split("[,，\\s]+")) {
            if (!part.isBlank()) {
                numbers.add(number(part));
            }
        }
        if (numbers.isEmpty()) {
            throw new IllegalArgumentException("no thresholds in " + value);
        }
        return numbers;
    }

    private static BigDecimal weight(String value) {
        BigDecimal weight = atLeastZero(value);
        if (weight.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a weight is between 0 and 1: " + value);
        }
        return weight;
    }

    private static BigDecimal atLeastZero(String value) {
        BigDecimal number = number(value);
        if (number.signum() < 0) {
            throw new IllegalArgumentException("must not be negative: " + value);
        }
        return number;
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + text, e);
        }
    }
}
