package com.scoredesk.score;

import com.scoredesk.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The score of one shop for one day T, as the platform would publish it on the morning of T. Recording the day
 * again replaces the row's content, so the daily job and a backfill can run any number of times.
 */
@Entity
@Table(name = "score_history")
class ScoreHistory extends AbstractEntity {

    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;

    @Column(name = "as_of", nullable = false, updatable = false)
    private LocalDate asOf;

    @Column(name = "rule_set", nullable = false, length = 40)
    private String ruleSet;

    @Column(nullable = false, length = 10)
    private String stage;

    @Column(precision = 7, scale = 2)
    private @Nullable BigDecimal total;

    @Column(precision = 4, scale = 2)
    private @Nullable BigDecimal shown;

    @Column(length = 500)
    private @Nullable String reason;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    @ElementCollection
    @CollectionTable(name = "score_history_dimension", joinColumns = @JoinColumn(name = "history_id"))
    @OrderColumn(name = "position")
    private List<DimensionEntry> dimensions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "score_history_indicator", joinColumns = @JoinColumn(name = "history_id"))
    @OrderColumn(name = "position")
    private List<IndicatorEntry> indicators = new ArrayList<>();

    protected ScoreHistory() {}

    ScoreHistory(long shopId, LocalDate asOf) {
        this.shopId = shopId;
        this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    /** Replaces everything recorded for this day with {@code day}. */
    void record(RecordedScore day, Instant computedAt) {
        if (!day.asOf().equals(asOf)) {
            throw new IllegalArgumentException("score of " + day.asOf() + " recorded on the row of " + asOf);
        }
        this.ruleSet = day.ruleSet();
        this.stage = day.stage();
        this.total = day.total();
        this.shown = day.shown();
        this.reason = day.reason();
        this.computedAt = Objects.requireNonNull(computedAt, "computedAt");
        dimensions.clear();
        dimensions.addAll(day.dimensions().stream().map(DimensionEntry::of).toList());
        indicators.clear();
        indicators.addAll(day.indicators().stream().map(IndicatorEntry::of).toList());
    }

    RecordedScore toRecord() {
        return new RecordedScore(
                asOf,
                ruleSet,
                stage,
                total,
                shown,
                reason,
                dimensions.stream().map(DimensionEntry::toRecord).toList(),
                indicators.stream().map(IndicatorEntry::toRecord).toList());
    }

    long getShopId() {
        return shopId;
    }

    LocalDate getAsOf() {
        return asOf;
    }

    Instant getComputedAt() {
        return computedAt;
    }
}
