package com.scoredesk.template;

import java.util.List;

/**
 * A template filled from an item. A variable without a value and without a fallback stays in the text as written
 * ({@code {运单号}}) and is listed in {@code missing}, so the agent sees what to fill in by hand.
 */
public record RenderedText(String text, List<TemplateVariable> missing) {

    public RenderedText {
        missing = List.copyOf(missing);
    }

    public boolean isComplete() {
        return missing.isEmpty();
    }
}
