package com.scoredesk.compliance;

import java.util.List;

/** A rule that hit a text: where, what it means, and how to say it instead. */
public record ComplianceHit(
        long ruleId,
        String code,
        String name,
        RuleKind kind,
        Severity severity,
        List<MatchSpan> spans,
        String explanation,
        String suggestion) {

    public ComplianceHit {
        spans = List.copyOf(spans);
    }

    /** The words found, in text order. */
    public List<String> words() {
        return spans.stream().map(MatchSpan::text).toList();
    }

    public boolean blocks() {
        return severity == Severity.BLOCK;
    }
}
