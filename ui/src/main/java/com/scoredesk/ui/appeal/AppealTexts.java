package com.scoredesk.ui.appeal;

import com.scoredesk.appeal.AppealConflictException;
import com.scoredesk.appeal.AppealEvidence;
import com.scoredesk.appeal.AppealRefusedException;
import com.scoredesk.ui.template.LocalTimes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The appeal feature's words for evidence, deadlines and refusals, in the user's language. */
final class AppealTexts {

    private AppealTexts() {}

    static String evidence(Component c, AppealEvidence e) {
        String key = "appeals.evidence." + e.kind().name();
        return switch (e.kind()) {
            case LOGISTICS_ANOMALY ->
                c.getTranslation(
                        key,
                        time(c, e.at()),
                        c.getTranslation("appeals.anomaly." + e.code()),
                        e.text() == null ? "" : e.text());
            case TRACE_COMPENSATION -> c.getTranslation(key);
            case LATE_DELIVERY ->
                e.until() == null
                        ? c.getTranslation(key + ".unsigned", time(c, e.at()))
                        : c.getTranslation(key + ".signed", time(c, e.at()), time(c, e.until()));
            case FORCE_MAJEURE ->
                c.getTranslation(
                        key,
                        e.code(),
                        day(c, e.at()),
                        day(c, e.until()),
                        e.text(),
                        c.getTranslation("appeals.proof." + e.detail()));
            case BUYER_WORDS, ABUSIVE_TEXT, UNRELATED_TEXT -> c.getTranslation(key, e.text());
        };
    }

    /** "2 d 5 h left", or that the window has closed. */
    static String left(Component c, Instant deadline, Instant now) {
        if (!now.isBefore(deadline)) {
            return c.getTranslation("appeals.closed");
        }
        Duration left = Duration.between(now, deadline);
        return c.getTranslation("appeals.left", left.toDays(), left.toHoursPart());
    }

    static String conflict(Component c, AppealConflictException e) {
        return c.getTranslation(
                "appeals.conflict",
                e.current().updatedBy(),
                time(c, e.current().updatedAt()),
                c.getTranslation("appeals.status." + e.current().status().name()));
    }

    static String refused(Component c, AppealRefusedException e) {
        return c.getTranslation("appeals.refused." + e.problem().name(), e.actual(), e.limit());
    }

    private static Locale locale(Component c) {
        return c.getUI()
                .map(UI::getLocale)
                .orElseGet(() -> UI.getCurrent() == null
                        ? Locale.SIMPLIFIED_CHINESE
                        : UI.getCurrent().getLocale());
    }

    static String time(Component c, @Nullable Instant at) {
        return LocalTimes.dateTime(at, locale(c));
    }

    private static String day(Component c, @Nullable Instant at) {
        return at == null ? "—" : LocalTimes.date(LocalDate.ofInstant(at, LocalTimes.SHANGHAI), locale(c));
    }
}
