package com.scoredesk.scoring.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;

/**
 * Timestamps as epoch milliseconds, and the Asia/Shanghai calendar all day boundaries use.
 *
 * <p>An empty timestamp is {@link #NONE} ({@code Long.MAX_VALUE}): it sorts after every real time, so "not
 * yet happened" and "empty" behave the same in every comparison with a cut-off.
 */
public final class Timestamps {

    /** An empty timestamp: later than any real one. */
    public static final long NONE = Long.MAX_VALUE;

    /** The zone of every day boundary and of timestamps without an offset. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public static final long SECOND = 1_000L;
    public static final long MINUTE = 60 * SECOND;
    public static final long HOUR = 60 * MINUTE;
    public static final long DAY = 24 * HOUR;

    private static final ZoneRules RULES = ZONE.getRules();
    private static final long FIXED_OFFSET = 8 * HOUR;

    /** From this instant on (after the last daylight-saving period of 1991) Shanghai is UTC+8 for good. */
    private static final long FIXED_FROM =
            LocalDateTime.of(1992, 1, 1, 0, 0).toInstant(ZoneOffset.ofHours(8)).toEpochMilli();

    private Timestamps() {}

    public static boolean isNone(long millis) {
        return millis == NONE;
    }

    /** The offset of Shanghai from UTC at {@code millis}, in milliseconds. */
    public static long offsetMillis(long millis) {
        if (millis >= FIXED_FROM) {
            return FIXED_OFFSET;
        }
        return RULES.getOffset(Instant.ofEpochMilli(millis)).getTotalSeconds() * SECOND;
    }

    /** Shanghai local time as milliseconds since 1970-01-01T00:00 local. */
    public static long localMillis(long millis) {
        return millis + offsetMillis(millis);
    }

    /** The Shanghai calendar day of {@code millis}, as an epoch day. */
    public static long epochDay(long millis) {
        return Math.floorDiv(localMillis(millis), DAY);
    }

    /** The Shanghai time of day of {@code millis}, in milliseconds since midnight. */
    public static long millisOfDay(long millis) {
        return Math.floorMod(localMillis(millis), DAY);
    }

    /** 00:00 Shanghai of {@code epochDay}. */
    public static long startOfDay(long epochDay) {
        long local = epochDay * DAY;
        long guess = local - FIXED_OFFSET;
        if (guess >= FIXED_FROM) {
            return guess;
        }
        return LocalDate.ofEpochDay(epochDay).atStartOfDay(ZONE).toInstant().toEpochMilli();
    }

    /** 00:00 Shanghai of {@code day}. */
    public static long startOfDay(LocalDate day) {
        return startOfDay(day.toEpochDay());
    }

    /** A Shanghai local date-time as epoch milliseconds. */
    public static long of(LocalDateTime local) {
        return local.atZone(ZONE).toInstant().toEpochMilli();
    }

    /** {@code instant} as epoch milliseconds (sub-millisecond digits are dropped). */
    public static long of(Instant instant) {
        return instant.toEpochMilli();
    }

    /** The instant of {@code millis}, which must not be {@link #NONE}. */
    public static Instant toInstant(long millis) {
        if (millis == NONE) {
            throw new IllegalArgumentException("empty timestamp");
        }
        return Instant.ofEpochMilli(millis);
    }

    /** Shanghai local date-time of {@code millis}. */
    public static LocalDateTime toLocal(long millis) {
        if (millis == NONE) {
            throw new IllegalArgumentException("empty timestamp");
        }
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), ZONE);
    }

    /** The Shanghai date of {@code millis}. */
    public static LocalDate toDate(long millis) {
        return LocalDate.ofEpochDay(epochDay(millis));
    }

    /** {@code "yyyy-MM-dd HH:mm:ss"} in Shanghai time, or an empty string for {@link #NONE}. */
    public static String format(long millis) {
        if (millis == NONE) {
            return "";
        }
        LocalDateTime t = toLocal(millis);
        return String.format(
                "%04d-%02d-%02d %02d:%02d:%02d",
                t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond());
    }
}
