package com.scoredesk.template;

/**
 * One thing wrong with a template's text.
 *
 * @param offset the character offset (0-based, in UTF-16 chars as Java strings count them) where the problem starts
 * @param length how many characters the problem spans
 * @param token the offending text, e.g. the unknown variable's name
 */
public record TemplateProblem(Kind kind, int offset, int length, String token) {

    public enum Kind {
        /** {@code {名字}} names no {@link TemplateVariable}. */
        UNKNOWN_VARIABLE,
        /** {@code {} or {|亲}}: a variable without a name. */
        EMPTY_VARIABLE,
        /** A {@code {} that is never closed. */
        UNCLOSED_BRACE,
        /** A {@code {} inside a variable. */
        NESTED_BRACE,
        /** A {@code }} that closes nothing (write {@code }}} for a literal brace). */
        STRAY_CLOSING_BRACE
    }

    /** The 1-based position people count in: the first character is 1. */
    public int position() {
        return offset + 1;
    }
}
