package com.scoredesk.workbench;

import java.util.EnumMap;
import java.util.Map;

/**
 * The number of open items per tab, and of the items the current user holds. Counting stops past {@code cap}: a
 * count above it means "more than {@code cap}".
 *
 * @param overdue open items past their deadline, per tab
 */
public record WorklistCounts(Map<WorkItemKind, Long> open, Map<WorkItemKind, Long> overdue, long mine, long cap) {

    public WorklistCounts {
        open = Map.copyOf(open);
        overdue = Map.copyOf(overdue);
    }

    public long open(WorkItemKind kind) {
        return open.getOrDefault(kind, 0L);
    }

    public long overdue(WorkItemKind kind) {
        return overdue.getOrDefault(kind, 0L);
    }

    /** {@code n} as a tab shows it: the number, or the cap with a plus once counting stopped. */
    public String format(long n) {
        return n > cap ? cap + "+" : Long.toString(n);
    }

    static WorklistCounts empty() {
        return new WorklistCounts(
                new EnumMap<>(WorkItemKind.class), new EnumMap<>(WorkItemKind.class), 0, WorklistQueries.COUNT_CAP);
    }
}
