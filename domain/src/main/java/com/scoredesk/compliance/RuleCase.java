package com.scoredesk.compliance;

/** A test case of a rule: {@code text} must hit the rule when {@code expectHit}, and must not otherwise. */
public record RuleCase(String text, boolean expectHit) {

    public RuleCase {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a case needs text");
        }
        text = text.strip();
    }

    public static RuleCase hit(String text) {
        return new RuleCase(text, true);
    }

    public static RuleCase miss(String text) {
        return new RuleCase(text, false);
    }
}
