package com.scoredesk.compliance;

/**
 * Why a rule cannot be saved.
 *
 * @param detail the offending pattern, field or case text
 */
public record RuleProblem(Kind kind, String detail) {

    public enum Kind {
        BLANK_FIELD,
        BAD_PATTERN,
        NO_MATCHER,
        NO_HIT_CASE,
        NO_MISS_CASE,
        CASE_NOT_HIT,
        CASE_FALSELY_HIT,
        DUPLICATE_CODE
    }
}
