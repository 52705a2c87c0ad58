package com.scoredesk.compliance;

import java.time.Instant;
import java.util.List;

/** A stored rule, everything an administrator sees. */
public record RuleDetail(
        long id,
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
        List<RuleCase> cases,
        Instant updatedAt) {

    public RuleDetail {
        keywords = List.copyOf(keywords);
        patterns = List.copyOf(patterns);
        exceptions = List.copyOf(exceptions);
        cases = List.copyOf(cases);
    }

    /** A draft to edit this rule. */
    public RuleDraft toDraft() {
        return new RuleDraft(
                id,
                version,
                code,
                name,
                kind,
                severity,
                keywords,
                patterns,
                exceptions,
                explanation,
                suggestion,
                enabled,
                cases);
    }
}
