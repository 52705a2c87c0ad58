package com.scoredesk.testing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Writes test times the way the spec does: Asia/Shanghai wall-clock time. */
public final class Times {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Times() {}

    /** {@code "2026-11-20 10:00:00"} in Shanghai. */
    public static Instant at(String shanghaiTime) {
        return LocalDateTime.parse(shanghaiTime, FORMAT).atZone(SHANGHAI).toInstant();
    }
}
