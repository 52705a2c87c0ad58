package com.scoredesk.scoring.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A dimension (product, logistics, service) and its indicators.
 *
 * @param weightTable where indicators without a configured weight take theirs from, {@code null} when all are
 *     configured
 */
public record DimensionSpec(
        String id, BigDecimal weight, List<IndicatorSpec> indicators, @Nullable WeightTable weightTable) {

    public DimensionSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(weight, "weight");
        indicators = List.copyOf(indicators);
        for (IndicatorSpec i : indicators) {
            if (i.weight() == null
                    && (weightTable == null || !weightTable.columns().containsKey(i.id()))) {
                throw new RuleSetException("indicator " + i.id() + " has no weight and no weight-table column");
            }
        }
    }
}
