package com.scoredesk.template;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A template as the library and the picker show it.
 *
 * @param version pass it back when saving, so that a concurrent edit is detected
 * @param variables the variables the body uses, in order of first use
 * @param editable whether the current user may change or delete it
 */
public record TemplateSummary(
        long id,
        long version,
        String title,
        String body,
        TemplateCategory category,
        TemplateScope scope,
        @Nullable Long shopId,
        @Nullable String tag,
        long usageCount,
        @Nullable Instant lastUsedAt,
        List<TemplateVariable> variables,
        boolean editable) {

    public TemplateSummary {
        variables = List.copyOf(variables);
    }
}
