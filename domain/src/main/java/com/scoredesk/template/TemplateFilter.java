package com.scoredesk.template;

import org.jspecify.annotations.Nullable;

/**
 * What the template library is narrowed to: a category, a scope and words in the title or body (all optional).
 *
 * @param search words to find in title or body, case-insensitive; blank finds everything
 */
public record TemplateFilter(@Nullable TemplateCategory category, @Nullable TemplateScope scope, String search) {

    public TemplateFilter {
        search = search == null ? "" : search.strip();
    }

    public static TemplateFilter all() {
        return new TemplateFilter(null, null, "");
    }

    public static TemplateFilter of(TemplateCategory category) {
        return new TemplateFilter(category, null, "");
    }

    public TemplateFilter withSearch(String words) {
        return new TemplateFilter(category, scope, words);
    }
}
