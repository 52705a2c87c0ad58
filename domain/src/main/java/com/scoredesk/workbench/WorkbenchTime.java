package com.scoredesk.workbench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** Day boundaries and times of day of the workbench: Asia/Shanghai, like the score (spec section 2). */
final class WorkbenchTime {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private WorkbenchTime() {}

    /** Items due before the returned instant pass {@code filter}; {@code null} when it does not filter. */
    static @Nullable Instant deadlineLimit(DeadlineFilter filter, Instant now) {
        return switch (filter) {
            case ANY -> null;
            case OVERDUE -> now;
            case WITHIN_HOUR -> now.plus(Duration.ofHours(1));
            case TODAY ->
                LocalDate.ofInstant(now, SHANGHAI)
                        .plusDays(1)
                        .atStartOfDay(SHANGHAI)
                        .toInstant();
        };
    }

    static LocalTime timeOfDay(Instant instant) {
        return LocalTime.ofInstant(instant, SHANGHAI);
    }

    /** 23:59:59 of the day {@code days} natural days after the day of {@code instant}. */
    static Instant endOfDayAfter(Instant instant, long days) {
        return LocalDate.ofInstant(instant, SHANGHAI)
                .plusDays(days)
                .atTime(LocalTime.of(23, 59, 59))
                .atZone(SHANGHAI)
                .toInstant();
    }

    /** {@code time} in the half-open [from, to), wrapping over midnight when {@code from} is after {@code to}. */
    static boolean within(LocalTime time, LocalTime from, LocalTime to) {
        if (from.isBefore(to)) {
            return !time.isBefore(from) && time.isBefore(to);
        }
        return !time.isBefore(from) || time.isBefore(to);
    }

    /** The next {@code at} o'clock at or after {@code instant}, Shanghai time. */
    static Instant nextTimeOfDay(Instant instant, LocalTime at) {
        var local = instant.atZone(SHANGHAI);
        var candidate = local.toLocalDate().atTime(at).atZone(SHANGHAI);
        if (candidate.isBefore(local)) {
            candidate = candidate.plusDays(1);
        }
        return candidate.toInstant();
    }
}
