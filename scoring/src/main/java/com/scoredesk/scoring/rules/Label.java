package com.scoredesk.scoring.rules;

import java.util.Locale;
import java.util.Objects;

/** A name in Chinese and English. */
public record Label(String zh, String en) {

    public Label {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    /** The Chinese name for a Chinese locale, else the English one. */
    public String in(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? zh : en;
    }
}
