package com.scoredesk.ui.dashboard;

import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** How the dashboard writes numbers: rates as percentages, units in the user's language, no rounding surprises. */
final class Formats {

    static final String NONE = "—";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Formats() {}

    /** A value in its unit: {@code rate} as a percentage, {@code stars}, {@code hours}, {@code seconds}, points. */
    static String value(@Nullable BigDecimal value, String unit) {
        if (value == null) {
            return NONE;
        }
        return switch (unit) {
            case "rate" -> plain(value.multiply(HUNDRED), 2) + "%";
            case "stars" -> plain(value, 2);
            case "hours" -> t("dashboard.unit.hours", plain(value, 1));
            case "seconds" -> t("dashboard.unit.seconds", plain(value, 1));
            default -> plain(value, 1);
        };
    }

    /** A score or points with at most {@code decimals} decimals, trailing zeros dropped. */
    static String plain(@Nullable BigDecimal value, int decimals) {
        if (value == null) {
            return NONE;
        }
        BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return (rounded.scale() < 0 ? rounded.setScale(0) : rounded).toPlainString();
    }

    /** A change with its sign: +2, −0.35. */
    static String signed(BigDecimal value, int decimals) {
        String text = plain(value.abs(), decimals);
        return value.signum() > 0 ? "+" + text : value.signum() < 0 ? "−" + text : text;
    }

    /** A weight as a percentage: 0.45 → 45%. */
    static String weight(BigDecimal weight) {
        return plain(weight.multiply(HUNDRED), 2) + "%";
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** The colour of a change: green up, red down. */
    static String changeColor(BigDecimal change) {
        return change.signum() > 0
                ? "var(--lumo-success-text-color)"
                : change.signum() < 0 ? "var(--lumo-error-text-color)" : "var(--lumo-secondary-text-color)";
    }

    static String t(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
