package com.scoredesk.appeal;

import com.scoredesk.user.CurrentUser;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statistics of a shop's appeals, computed by grouped queries in the database (never by loading the appeals): by
 * reason, by agent, and the weekly success rate.
 */
@Service
@Transactional(readOnly = true)
public class AppealStatistics {

    private final AppealQueries queries;
    private final CurrentUser currentUser;
    private final Clock clock;

    AppealStatistics(AppealQueries queries, CurrentUser currentUser, Clock clock) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The statistics of the last {@code days} days, today (Asia/Shanghai) included. */
    public AppealStats lastDays(long shopId, int days) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), EvidenceFinder.SHANGHAI);
        return stats(shopId, today.minusDays(Math.max(1, days) - 1L), today);
    }

    /** The shop's appeals submitted, and decisions taken, from {@code from} to {@code to} (both inclusive). */
    public AppealStats stats(long shopId, LocalDate from, LocalDate to) {
        currentUser.requireShop(shopId);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
        List<AppealStats.Outcomes> byReason = new ArrayList<>();
        for (Object[] row : queries.outcomesBy("reason", shopId, from, to)) {
            byReason.add(outcomes(((AppealReason) row[0]).code(), row));
        }
        List<Object[]> agentRows = queries.outcomesBy("submittedBy", shopId, from, to);
        Map<Long, String> names =
                queries.userNames(agentRows.stream().map(row -> (Long) row[0]).toList());
        List<AppealStats.Outcomes> byAgent = new ArrayList<>();
        for (Object[] row : agentRows) {
            byAgent.add(outcomes(names.getOrDefault((Long) row[0], "#" + row[0]), row));
        }
        byReason.sort(Comparator.comparingLong(AppealStats.Outcomes::filed).reversed());
        byAgent.sort(Comparator.comparingLong(AppealStats.Outcomes::filed).reversed());
        return new AppealStats(from, to, byReason, byAgent, weekly(shopId, from, to));
    }

    private List<AppealStats.WeekRate> weekly(long shopId, LocalDate from, LocalDate to) {
        Map<LocalDate, long[]> weeks = new TreeMap<>();
        for (Object[] row : queries.decisionsByDay(shopId, from, to)) {
            LocalDate monday = ((LocalDate) row[0]).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            long[] counts = weeks.computeIfAbsent(monday, k -> new long[2]);
            counts[0] += number(row[1]);
            counts[1] += number(row[2]);
        }
        return weeks.entrySet().stream()
                .map(e -> new AppealStats.WeekRate(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    private static AppealStats.Outcomes outcomes(String group, Object[] row) {
        return new AppealStats.Outcomes(group, number(row[1]), number(row[2]), number(row[3]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
