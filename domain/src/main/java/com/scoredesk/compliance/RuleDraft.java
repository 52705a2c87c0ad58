package com.scoredesk.compliance;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rule as an administrator edits it: create with {@code id == null}, change with the id and the version edited.
 *
 * @param code a stable identifier, e.g. {@code after-sale-reason}
 * @param keywords words matched literally, ignoring case
 * @param patterns Java regular expressions, ignoring case
 * @param exceptions regular expressions whose matches cancel an overlapping hit (to avoid false positives)
 * @param suggestion a safer wording the agent can use instead
 * @param cases texts that must hit and must not hit; at least one of each
 */
public record RuleDraft(
        @Nullable Long id,
        long version,
        String code,
        String name,
        RuleKind kind,
        Severity severity,
        List<String> keywords,
        List<String> patterns,
        List<String> exceptions,
        String explanation,
        String suggestion,
        boolean enabled,
        List<RuleCase> cases) {

    public RuleDraft {
        keywords = List.copyOf(keywords);
        patterns = List.copyOf(patterns);
        exceptions = List.copyOf(exceptions);
        cases = List.copyOf(cases);
    }
}
