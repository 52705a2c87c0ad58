package com.scoredesk.scoring.bundle;

import com.scoredesk.scoring.model.Coded;
import com.scoredesk.scoring.model.Province;
import com.scoredesk.scoring.model.Timestamps;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Parsing of single cells as section 3 of the contract says. Empty cells mean unknown or none. Every method
 * throws {@link RowException} with a reason naming the column.
 */
public final class Values {

    private Values() {}

    /**
     * A timestamp: {@code YYYY-MM-DD HH:MM:SS} or {@code YYYY/MM/DD HH:MM:SS} in Asia/Shanghai (month, day and
     * hour may have one digit; seconds may have fractions), or ISO 8601 with {@code T}, optional fractions and an
     * optional offset ({@code Z}, {@code +08:00}, {@code +0800}, {@code +08}); without an offset it is Shanghai
     * time. Digits below a millisecond are dropped.
     *
     * @return epoch milliseconds, {@link Timestamps#NONE} for an empty cell
     */
    public static long timestamp(String column, String text) throws RowException {
        String s = text.strip();
        if (s.isEmpty()) {
            return Timestamps.NONE;
        }
        try {
            return parseTimestamp(s);
        } catch (IllegalArgumentException | DateTimeException | IndexOutOfBoundsException e) {
            throw new RowException("bad " + column + " '" + text + "'");
        }
    }

    private static long parseTimestamp(String s) {
        int[] pos = {0};
        int year = digits(s, pos, 4, 4);
        char sep = s.charAt(pos[0]);
        if (sep != '-' && sep != '/') {
            throw new IllegalArgumentException();
        }
        pos[0]++;
        int month = digits(s, pos, 1, 2);
        expect(s, pos, sep);
        int day = digits(s, pos, 1, 2);
        char t = s.charAt(pos[0]);
        if (t != ' ' && t != 'T') {
            throw new IllegalArgumentException();
        }
        pos[0]++;
        int hour = digits(s, pos, 1, 2);
        expect(s, pos, ':');
        int minute = digits(s, pos, 2, 2);
        expect(s, pos, ':');
        int second = digits(s, pos, 2, 2);
        int millis = 0;
        if (pos[0] < s.length() && (s.charAt(pos[0]) == '.' || s.charAt(pos[0]) == ',')) {
            pos[0]++;
            int start = pos[0];
            while (pos[0] < s.length() && Character.isDigit(s.charAt(pos[0]))) {
                pos[0]++;
            }
            String frac = s.substring(start, pos[0]);
            if (frac.isEmpty() || frac.length() > 9) {
                throw new IllegalArgumentException();
            }
            millis = Integer.parseInt((frac + "00").substring(0, 3));
        }
        LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000);
        if (pos[0] == s.length()) {
            return Timestamps.of(local);
        }
        String zone = s.substring(pos[0]);
        ZoneOffset offset;
        if (zone.equals("Z") || zone.equals("z")) {
            offset = ZoneOffset.UTC;
        } else if (zone.matches("[+-]\\d{2}(:?\\d{2})?")) {
            int sign = zone.charAt(0) == '-' ? -1 : 1;
            int h = Integer.parseInt(zone.substring(1, 3));
            int m = zone.length() > 3 ? Integer.parseInt(zone.substring(zone.length() - 2)) : 0;
            offset = ZoneOffset.ofHoursMinutes(sign * h, sign * m);
        } else {
            throw new IllegalArgumentException();
        }
        return local.toInstant(offset).toEpochMilli();
    }

    private static int digits(String s, int[] pos, int min, int max) {
        int start = pos[0];
        int value = 0;
        while (pos[0] < s.length() && pos[0] - start < max && Character.isDigit(s.charAt(pos[0]))) {
            value = value * 10 + (s.charAt(pos[0]) - '0');
            pos[0]++;
        }
        if (pos[0] - start < min) {
            throw new IllegalArgumentException();
        }
        return value;
    }

    private static void expect(String s, int[] pos, char c) {
        if (pos[0] >= s.length() || s.charAt(pos[0]) != c) {
            throw new IllegalArgumentException();
        }
        pos[0]++;
    }

    /** A date {@code YYYY-MM-DD} or {@code YYYY/MM/DD}, {@code null} for an empty cell. */
    public static @Nullable LocalDate date(String column, String text) throws RowException {
        String s = text.strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            int[] pos = {0};
            int year = digits(s, pos, 4, 4);
            char sep = s.charAt(pos[0]);
            if (sep != '-' && sep != '/') {
                throw new IllegalArgumentException();
            }
            pos[0]++;
            int month = digits(s, pos, 1, 2);
            expect(s, pos, sep);
            int day = digits(s, pos, 1, 2);
            if (pos[0] != s.length()) {
                throw new IllegalArgumentException();
            }
            return LocalDate.of(year, month, day);
        } catch (IllegalArgumentException | DateTimeException | StringIndexOutOfBoundsException e) {
            throw new RowException("bad " + column + " '" + text + "'");
        }
    }

    /** {@code true}/{@code false}, {@code 1}/{@code 0}, {@code 是}/{@code 否}, any case; empty is {@code false}. */
    public static boolean bool(String column, String text) throws RowException {
        String s = text.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "", "false", "0", "否" -> false;
            case "true", "1", "是" -> true;
            default -> throw new RowException("bad " + column + " '" + text + "' (expected true/false, 1/0 or 是/否)");
        };
    }

    /** An amount in yuan with at most two decimals, in fen; {@code -1} for an empty cell. */
    public static long fen(String column, String text) throws RowException {
        String s = text.strip();
        if (s.isEmpty()) {
            return -1;
        }
        try {
            BigDecimal yuan = new BigDecimal(s);
            if (yuan.signum() < 0) {
                throw new RowException("negative " + column + " '" + text + "'");
            }
            return yuan.movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new RowException("bad " + column + " '" + text + "'");
        }
    }

    /** A star rating 1–5; 0 for an empty cell. */
    public static int rating(String column, String text) throws RowException {
        String s = text.strip();
        if (s.isEmpty()) {
            return 0;
        }
        int value;
        try {
            value = new BigDecimal(s).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new RowException("bad " + column + " '" + text + "'");
        }
        if (value < 1 || value > 5) {
            throw new RowException(column + " outside 1–5: '" + text + "'");
        }
        return value;
    }

    /** A non-negative integer; {@code empty} for an empty cell. */
    public static long count(String column, String text, long empty) throws RowException {
        String s = text.strip();
        if (s.isEmpty()) {
            return empty;
        }
        try {
            long value = Long.parseLong(s);
            if (value < 0) {
                throw new RowException("negative " + column + " '" + text + "'");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new RowException("bad " + column + " '" + text + "'");
        }
    }

    /** A value of a coded enumeration; {@code null} for an empty cell. */
    public static <E extends Enum<E> & Coded> @Nullable E code(Class<E> type, String column, String text)
            throws RowException {
        if (text.isBlank()) {
            return null;
        }
        return Coded.parse(type, text).orElseThrow(() -> new RowException("unknown " + column + " '" + text + "'"));
    }

    /** A value of a coded enumeration that must be present. */
    public static <E extends Enum<E> & Coded> E requiredCode(Class<E> type, String column, String text)
            throws RowException {
        E value = code(type, column, text);
        if (value == null) {
            throw new RowException("empty " + column);
        }
        return value;
    }

    /** A province with or without its suffix; {@code null} for an empty cell. */
    public static @Nullable Province province(String column, String text) throws RowException {
        if (text.isBlank()) {
            return null;
        }
        return Province.parse(text).orElseThrow(() -> new RowException("unknown " + column + " '" + text + "'"));
    }

    /** A text cell, {@code null} when empty. */
    public static @Nullable String optional(String text) {
        String s = text.strip();
        return s.isEmpty() ? null : s;
    }

    /** A text cell that must not be empty. */
    public static String required(String column, String text) throws RowException {
        String s = text.strip();
        if (s.isEmpty()) {
            throw new RowException("empty " + column);
        }
        return s;
    }
}
