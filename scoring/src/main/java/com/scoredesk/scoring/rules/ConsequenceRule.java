package com.scoredesk.scoring.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
