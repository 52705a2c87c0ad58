package com.scoredesk.score;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** An indicator of a recorded score: a row of {@code score_history_indicator}. */
@Embeddable
class IndicatorEntry {

    @Column(name = "indicator", nullable = false, length = 40)
    private String indicator;

    @Column(name = "dimension", nullable = false, length = 20)
    private String dimension;

    @Column(name = "indicator_value", precision = 24, scale = 8)
    private @Nullable BigDecimal value;

    @Column(name = "indicator_score", precision = 12, scale = 6)
    private @Nullable BigDecimal score;

    @Column(name = "weight", nullable = false, precision = 12, scale = 8)
    private BigDecimal weight;

    @Column(name = "nominal_weight", nullable = false, precision = 12, scale = 8)
    private BigDecimal nominalWeight;

    @Column(name = "numerator", precision = 24, scale = 8)
    private @Nullable BigDecimal numerator;

    @Column(name = "population")
    private @Nullable Long population;

    @Column(name = "floored", nullable = false)
    private boolean floored;

    protected IndicatorEntry() {}

    private IndicatorEntry(RecordedIndicator indicator) {
        this.indicator = indicator.id();
        this.dimension = indicator.dimension();
        this.value = indicator.value();
        this.score = indicator.score();
        this.weight = indicator.weight();
        this.nominalWeight = indicator.nominalWeight();
        this.numerator = indicator.numerator();
        this.population = indicator.population();
        this.floored = indicator.floored();
    }

    static IndicatorEntry of(RecordedIndicator indicator) {
        return new IndicatorEntry(indicator);
    }

    RecordedIndicator toRecord() {
        return new RecordedIndicator(
                indicator, dimension, value, score, weight, nominalWeight, numerator, population, floored);
    }
}
