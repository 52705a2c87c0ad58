package com.scoredesk.ui.template;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Times as the user reads them: in Asia/Shanghai (the shops' time), formatted for the user's language. */
public final class LocalTimes {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private LocalTimes() {}

    public static String dateTime(@Nullable Instant at, Locale locale) {
        return at == null
                ? "—"
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                        .withLocale(locale)
                        .withZone(SHANGHAI)
                        .format(at);
    }

    public static String date(@Nullable LocalDate day, Locale locale) {
        return day == null
                ? "—"
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(day);
    }
}
