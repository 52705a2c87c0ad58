package com.scoredesk.compliance;

import java.util.List;

/** What a rule did with one of its cases. */
public record CaseOutcome(RuleCase ruleCase, List<MatchSpan> spans) {

    public CaseOutcome {
        spans = List.copyOf(spans);
    }

    public boolean hit() {
        return !spans.isEmpty();
    }

    public boolean passed() {
        return hit() == ruleCase.expectHit();
    }
}
