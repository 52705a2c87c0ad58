package com.scoredesk.score;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A dimension of a recorded score (product, logistics, service): a row of {@code score_history_dimension}. */
@Embeddable
class DimensionEntry {

    @Column(name = "dimension", nullable = false, length = 20)
    private String dimension;

    @Column(name = "weight", nullable = false, precision = 12, scale = 8)
    private BigDecimal weight;

    @Column(name = "dimension_score", precision = 12, scale = 6)
    private @Nullable BigDecimal score;

    protected DimensionEntry() {}

    private DimensionEntry(String dimension, BigDecimal weight, @Nullable BigDecimal score) {
        this.dimension = dimension;
        this.weight = weight;
        this.score = score;
    }

    static DimensionEntry of(RecordedDimension dimension) {
        return new DimensionEntry(dimension.id(), dimension.weight(), dimension.score());
    }

    RecordedDimension toRecord() {
        return new RecordedDimension(dimension, weight, score);
    }
}
