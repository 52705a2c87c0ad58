package com.scoredesk.template;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The item in hand as a template sees it: a value per variable. Blank values count as missing, so the template's
 * fallback is used. Immutable; build it with {@link #with(TemplateVariable, String)}.
 */
public record TemplateValues(Map<TemplateVariable, String> values) {

    private static final TemplateValues EMPTY = new TemplateValues(Map.of());

    public TemplateValues {
        EnumMap<TemplateVariable, String> copy = new EnumMap<>(TemplateVariable.class);
        values.forEach((variable, value) -> {
            if (value != null && !value.isBlank()) {
                copy.put(variable, value.strip());
            }
        });
        values = Map.copyOf(copy);
    }

    public static TemplateValues empty() {
        return EMPTY;
    }

    /** A copy with {@code variable} set; a {@code null} or blank value removes it. */
    public TemplateValues with(TemplateVariable variable, @Nullable String value) {
        EnumMap<TemplateVariable, String> copy = new EnumMap<>(TemplateVariable.class);
        copy.putAll(values);
        if (value == null || value.isBlank()) {
            copy.remove(variable);
        } else {
            copy.put(variable, value);
        }
        return new TemplateValues(copy);
    }

    public Optional<String> get(TemplateVariable variable) {
        return Optional.ofNullable(values.get(variable));
    }
}
