package com.scoredesk.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private final ScoreDeskI18NProvider provider = new ScoreDeskI18NProvider();

    @Test
    void every_chinese_string_has_an_english_translation_and_back() {
        for (String name : ScoreDeskI18NProvider.BUNDLES) {
            Set<String> chinese = keys(name, ScoreDeskI18NProvider.CHINESE);
            Set<String> english = keys(name, ScoreDeskI18NProvider.ENGLISH);
            assertThat(english).as(name).containsExactlyInAnyOrderElementsOf(chinese);
        }
    }

    @Test
    void chinese_is_the_default_and_english_is_given_on_request() {
        assertThat(provider.getTranslation("nav.workbench", Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("工作台");
        assertThat(provider.getTranslation("nav.workbench", Locale.forLanguageTag("zh-TW")))
                .isEqualTo("工作台");
        assertThat(provider.getTranslation("nav.workbench", Locale.GERMAN)).isEqualTo("工作台");
        assertThat(provider.getTranslation("nav.workbench", Locale.US)).isEqualTo("Workbench");
    }

    @Test
    void parameters_are_formatted_per_locale() {
        assertThat(provider.getTranslation("settings.users.saved", Locale.ENGLISH, "agent"))
                .isEqualTo("Saved user agent");
    }

    /** The keys a bundle's own file defines (not inherited from its parent), empty if there is no file. */
    private static Set<String> keys(String name, Locale locale) {
        String file =
                name + (locale.equals(ScoreDeskI18NProvider.CHINESE) ? "" : "_" + locale.getLanguage()) + ".properties";
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                return Set.of();
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(properties.stringPropertyNames());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
