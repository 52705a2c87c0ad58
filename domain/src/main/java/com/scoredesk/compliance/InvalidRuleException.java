package com.scoredesk.compliance;

import java.util.List;

/** A rule cannot be saved: a pattern does not compile, a field is missing, or one of its own cases fails. */
public class InvalidRuleException extends IllegalArgumentException {

    private final List<RuleProblem> problems;

    public InvalidRuleException(List<RuleProblem> problems) {
        super("invalid rule: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
