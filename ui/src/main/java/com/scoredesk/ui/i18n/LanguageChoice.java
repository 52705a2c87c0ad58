package com.scoredesk.ui.i18n;

import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The language chosen in a session, kept as a session attribute. */
public final class LanguageChoice {

    private static final String KEY = LanguageChoice.class.getName();

    private LanguageChoice() {}

    public static @Nullable Locale of(VaadinSession session) {
        return session.getAttribute(KEY) instanceof Locale locale ? locale : null;
    }

    public static void choose(VaadinSession session, Locale locale) {
        session.setAttribute(KEY, locale);
    }
}
