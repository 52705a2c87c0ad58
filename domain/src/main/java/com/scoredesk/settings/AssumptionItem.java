package com.scoredesk.settings;

/**
 * One number of a rule set an administrator may set, with the rule set's own value and where that value comes from.
 *
 * @param defaultValue the rule set's value as text (thresholds comma-separated)
 * @param source where the default comes from: {@code assumed} (the spec's ASSUMED default), {@code official} (the
 *     platform's published rules), {@code guides} (the 2022–2023 merchant guides) or {@code table} (the official
 *     service-weight table, by industry and shop type)
 * @param section the section of the spec ({@code experience-score.md}) that defines it
 */
public record AssumptionItem(
        String ruleSet, AssumptionKind kind, String itemId, String defaultValue, String source, String section) {

    /** The key of this number within its rule set. */
    public String key() {
        return kind.name() + ":" + itemId;
    }
}
