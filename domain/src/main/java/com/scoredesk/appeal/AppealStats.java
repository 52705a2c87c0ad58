package com.scoredesk.appeal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a shop's appeals went in a period: appeals submitted in [{@code from}, {@code to}] by reason and by agent
 * (with their outcomes so far), and the success rate per week of decisions taken in the period.
 */
public record AppealStats(
        LocalDate from, LocalDate to, List<Outcomes> byReason, List<Outcomes> byAgent, List<WeekRate> overTime) {

    public AppealStats {
        byReason = List.copyOf(byReason);
        byAgent = List.copyOf(byAgent);
        overTime = List.copyOf(overTime);
    }

    /** Totals over every reason. */
    public Outcomes total() {
        long filed = byReason.stream().mapToLong(Outcomes::filed).sum();
        long approved = byReason.stream().mapToLong(Outcomes::approved).sum();
        long rejected = byReason.stream().mapToLong(Outcomes::rejected).sum();
        return new Outcomes("", filed, approved, rejected);
    }

    /**
     * Appeals filed in a group and what became of them.
     *
     * @param group the reason code ({@code logistics_anomaly}) or the agent's display name
     */
    public record Outcomes(String group, long filed, long approved, long rejected) {

        public long pending() {
            return filed - approved - rejected;
        }

        /** Approved share of the decided appeals, 0–1 at 4 decimals (HALF_UP); {@code null} when none is decided. */
        public @Nullable BigDecimal successRate() {
            return rate(approved, rejected);
        }
    }

    /** Decisions of the week starting on Monday {@code weekStart}. */
    public record WeekRate(LocalDate weekStart, long approved, long rejected) {

        public @Nullable BigDecimal successRate() {
            return rate(approved, rejected);
        }
    }

    static @Nullable BigDecimal rate(long approved, long rejected) {
        long decided = approved + rejected;
        return decided == 0
                ? null
                : BigDecimal.valueOf(approved).divide(BigDecimal.valueOf(decided), 4, RoundingMode.HALF_UP);
    }
}
