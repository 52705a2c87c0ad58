package com.scoredesk.ui.workbench;

import com.scoredesk.workbench.WorkItemConflictException;
import com.scoredesk.workbench.WorkItemRow;
import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** How the workbench writes impacts, times, deadlines and states. */
final class WorkbenchFormat {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(SHANGHAI);
    private static final DateTimeFormatter FULL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(SHANGHAI);

    private WorkbenchFormat() {}

    /** Score points with two decimals and a sign: {@code +0.42}; nothing to gain is {@code 0.00}. */
    /** Points to two decimals; a positive impact under 0.01 keeps two significant digits, so it does not read as 0. */
    static String impact(BigDecimal points) {
        BigDecimal rounded = points.setScale(2, RoundingMode.HALF_UP);
        if (rounded.signum() == 0 && points.signum() > 0) {
            return "+"
                    + points.round(new java.math.MathContext(2, RoundingMode.HALF_UP))
                            .toPlainString();
        }
        return rounded.signum() > 0
                ? "+" + rounded.toPlainString()
                : rounded.abs().toPlainString();
    }

    static String time(@Nullable Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    static String fullTime(@Nullable Instant instant) {
        return instant == null ? "" : FULL.format(instant);
    }

    /**
     * What is left until {@code deadline}, or how far past it: {@code 02:31}, {@code 5:02:31}, {@code 3天 4时}. The
     * browser ticks the same text every second (see {@link WorkbenchScript}); this is its first value.
     */
    static String countdown(Component context, Instant deadline, Instant now) {
        Duration left = Duration.between(now, deadline);
        String text = span(left.abs(), context);
        return left.isNegative()
                ? context.getTranslation("wb.countdown.over", text)
                : context.getTranslation("wb.countdown.left", text);
    }

    private static String span(Duration d, Component context) {
        long seconds = d.getSeconds();
        long days = seconds / 86_400;
        if (days > 0) {
            return context.getTranslation("wb.countdown.days", days, (seconds % 86_400) / 3_600);
        }
        long hours = seconds / 3_600;
        long minutes = (seconds % 3_600) / 60;
        long secs = seconds % 60;
        return hours > 0 ? "%d:%02d:%02d".formatted(hours, minutes, secs) : "%02d:%02d".formatted(minutes, secs);
    }

    /** 新 / 已认领 · 小周 / 已完成 · 小周. */
    static String state(Component context, WorkItemRow row) {
        return switch (row.state()) {
            case NEW -> context.getTranslation("wb.state.NEW");
            case CLAIMED -> context.getTranslation("wb.state.CLAIMED", nameOf(row.claimedByName()));
            case DONE ->
                row.doneByName() == null
                        ? context.getTranslation("wb.state.DONE.elsewhere")
                        : context.getTranslation("wb.state.DONE", row.doneByName());
        };
    }

    /** The clear message a lost race gets: who was faster, and that nothing was changed. */
    static String conflict(Component context, WorkItemConflictException e) {
        return context.getTranslation("wb.conflict." + e.reason().name(), nameOf(e.holder()));
    }

    /** A code the domain uses (after-sale type, anomaly, evidence) in the user's language. */
    static String code(Component context, String group, @Nullable String code) {
        return code == null || code.isBlank() ? "" : context.getTranslation("wb." + group + "." + code);
    }

    private static String nameOf(@Nullable String name) {
        return name == null ? "?" : name;
    }
}
