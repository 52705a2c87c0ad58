package com.scoredesk.template;

import org.jspecify.annotations.Nullable;

/**
 * What a user enters to create ({@code id == null}) or change a template. A {@link TemplateScope#SHOP} template
 * belongs to the shop it is saved in.
 *
 * @param version the version the user edited (ignored when creating)
 * @param tag for 申诉 templates, the appeal reason code the template is written for; otherwise {@code null}
 */
public record TemplateDraft(
        @Nullable Long id,
        long version,
        String title,
        String body,
        TemplateCategory category,
        TemplateScope scope,
        @Nullable String tag) {

    public static TemplateDraft create(String title, String body, TemplateCategory category, TemplateScope scope) {
        return new TemplateDraft(null, 0, title, body, category, scope, null);
    }
}
