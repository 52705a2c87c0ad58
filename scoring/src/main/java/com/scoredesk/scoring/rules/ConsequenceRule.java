package com.scoredesk.scoring.rules;

import com.scoredesk.scoring.Fraction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a score means for the shop.
 *
 * @param alliance 精选联盟 (Selected Alliance)
 * @param mayEndCooperationBelow 5-point: below this total the platform may end the cooperation
 * @param settlement 5-point: days until payments settle
 * @param bands 5-point: named bands, best first
 * @param otherwiseBand the band below every listed one
 * @param programs further programmes with their own thresholds (千川 ads, campaigns), reported by id
 */
public record ConsequenceRule(
        Program alliance,
        @Nullable BigDecimal mayEndCooperationBelow,
        @Nullable Settlement settlement,
        List<Band> bands,
        @Nullable String otherwiseBand,
        List<Program> programs) {

    public ConsequenceRule {
        Objects.requireNonNull(alliance, "alliance");
        bands = List.copyOf(bands);
        programs = List.copyOf(programs);
    }

    /** 5-point: the band of {@code total}, {@code null} when the rule set has no bands. */
    public @Nullable String band(BigDecimal total) {
        for (Band b : bands) {
            if (b.contains(total)) {
                return b.name();
            }
        }
        return otherwiseBand;
    }

    /** 5-point: days until payments settle, {@code null} when the rule set does not say. */
    public @Nullable Integer settlementDays(BigDecimal total) {
        if (settlement == null) {
            return null;
        }
        return total.compareTo(settlement.minTotal()) >= 0 ? settlement.days() : settlement.otherwiseDays();
    }

    /** 5-point: whether the platform may end the cooperation, {@code null} when the rule set does not say. */
    public @Nullable Boolean mayEndCooperation(BigDecimal total) {
        return mayEndCooperationBelow == null ? null : total.compareTo(mayEndCooperationBelow) < 0;
    }

    /**
     * A programme open to totals of at least {@code minTotal} whose unrounded dimension scores reach {@code
     * minDimensions}.
     */
    public record Program(String id, BigDecimal minTotal, Map<String, BigDecimal> minDimensions) {
        public Program {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(minTotal, "minTotal");
            minDimensions = Map.copyOf(minDimensions);
        }

        /**
         * Whether a shop with the rounded {@code total} and the unrounded dimension scores {@code dimensionScore}
         * (null for a dimension without a score, which does not qualify) is open to the programme.
         */
        public boolean isOpen(BigDecimal total, Function<String, @Nullable Fraction> dimensionScore) {
            if (total.compareTo(minTotal) < 0) {
                return false;
            }
            for (Map.Entry<String, BigDecimal> e : minDimensions.entrySet()) {
                Fraction score = dimensionScore.apply(e.getKey());
                if (score == null || score.compareTo(e.getValue()) < 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Payments settle after {@code days} when the total is at least {@code minTotal}, else {@code otherwiseDays}. */
    public record Settlement(BigDecimal minTotal, int days, int otherwiseDays) {}

    /** A band for totals above {@code above} (exclusive) or at least {@code min} (inclusive). */
    public record Band(String name, @Nullable BigDecimal above, @Nullable BigDecimal min) {
        public boolean contains(BigDecimal total) {
            if (above != null) {
                return total.compareTo(above) > 0;
            }
            return min != null && total.compareTo(min) >= 0;
        }
    }
}
