package com.scoredesk.ui.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the bundles under {@code vaadin-i18n/}: {@code translations} for the shared strings and one bundle per feature
 * (so features do not edit one another's files). In each, the base file is Simplified Chinese and {@code _en} English.
 * The JVM's own locale never decides the language: only the locale the user chose.
 */
@Component
public class ScoreDeskI18NProvider implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** Searched in this order; a key should live in exactly one of them. */
    static final List<String> BUNDLES = List.of(
            "vaadin-i18n/translations",
            "vaadin-i18n/workbench",
            "vaadin-i18n/appeals",
            "vaadin-i18n/templates",
            "vaadin-i18n/dashboard",
            "vaadin-i18n/imports");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Logger log = LoggerFactory.getLogger(ScoreDeskI18NProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = supported(locale);
        for (String name : BUNDLES) {
            ResourceBundle bundle;
            try {
                bundle = ResourceBundle.getBundle(name, language, NO_FALLBACK);
            } catch (MissingResourceException noSuchBundle) {
                continue;
            }
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, language).format(params);
            }
        }
        log.warn("missing translation {} for {}", key, language);
        return "!" + key;
    }

    /** English for any English locale, else Simplified Chinese. */
    public static Locale supported(Locale locale) {
        return ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : CHINESE;
    }
}
