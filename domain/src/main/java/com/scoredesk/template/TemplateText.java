package com.scoredesk.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A template's text, parsed: literal text and variables. Syntax: {@code {变量}}, {@code {变量|默认值}} (the fallback
 * is used when the item has no value; it may be empty), {@code {{} and {@code }}} for literal braces. Names and
 * fallbacks are trimmed. Immutable.
 */
public final class TemplateText {

    private final String source;
    private final List<Part> parts;

    private TemplateText(String source, List<Part> parts) {
        this.source = source;
        this.parts = List.copyOf(parts);
    }

    /**
     * Parses {@code text}.
     *
     * @throws TemplateSyntaxException listing every unknown variable and brace problem with its offset
     */
    public static TemplateText parse(String text) {
        List<Part> parts = new ArrayList<>();
        List<TemplateProblem> problems = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < text.length() && text.charAt(i + 1) == '}') {
                literal.append('}');
                i += 2;
            } else if (c == '}') {
                problems.add(new TemplateProblem(TemplateProblem.Kind.STRAY_CLOSING_BRACE, i, 1, "}"));
                i++;
            } else if (c == '{') {
                int close = variableEnd(text, i, problems);
                if (close < 0) {
                    problems.add(new TemplateProblem(
                            TemplateProblem.Kind.UNCLOSED_BRACE, i, text.length() - i, text.substring(i)));
                    break;
                }
                Part variable = variable(text, i, close, problems);
                if (variable != null) {
                    flush(literal, parts);
                    parts.add(variable);
                }
                i = close + 1;
            } else {
                literal.append(c);
                i++;
            }
        }
        if (!problems.isEmpty()) {
            throw new TemplateSyntaxException(problems);
        }
        flush(literal, parts);
        return new TemplateText(text, parts);
    }

    /** The index of the {@code }} closing the variable opened at {@code open}, or -1; notes nested braces. */
    private static int variableEnd(String text, int open, List<TemplateProblem> problems) {
        for (int j = open + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '}') {
                return j;
            }
            if (c == '{') {
                problems.add(new TemplateProblem(TemplateProblem.Kind.NESTED_BRACE, j, 1, "{"));
            }
        }
        return -1;
    }

    private static @Nullable Part variable(String text, int open, int close, List<TemplateProblem> problems) {
        String inner = text.substring(open + 1, close);
        int bar = inner.indexOf('|');
        String name = (bar < 0 ? inner : inner.substring(0, bar)).strip();
        String fallback = bar < 0 ? null : inner.substring(bar + 1).strip();
        if (name.isEmpty()) {
            problems.add(new TemplateProblem(
                    TemplateProblem.Kind.EMPTY_VARIABLE, open, close - open + 1, text.substring(open, close + 1)));
            return null;
        }
        if (inner.indexOf('{') >= 0) {
            return null; // already reported as a nested brace
        }
        var known = TemplateVariable.byToken(name);
        if (known.isEmpty()) {
            problems.add(new TemplateProblem(TemplateProblem.Kind.UNKNOWN_VARIABLE, open, close - open + 1, name));
            return null;
        }
        return new Part(null, known.get(), fallback);
    }

    private static void flush(StringBuilder literal, List<Part> parts) {
        if (!literal.isEmpty()) {
            parts.add(new Part(literal.toString(), null, null));
            literal.setLength(0);
        }
    }

    /** The text as written. */
    public String source() {
        return source;
    }

    /** The variables used, in order of first use. */
    public Set<TemplateVariable> variables() {
        Set<TemplateVariable> used = new LinkedHashSet<>();
        for (Part part : parts) {
            if (part.variable() != null) {
                used.add(part.variable());
            }
        }
        return used;
    }

    /** Fills the template from {@code values}: value, else fallback, else the placeholder (listed as missing). */
    public RenderedText render(TemplateValues values) {
        StringBuilder out = new StringBuilder();
        Set<TemplateVariable> missing = new LinkedHashSet<>();
        for (Part part : parts) {
            TemplateVariable variable = part.variable();
            if (variable == null) {
                out.append(part.literal());
                continue;
            }
            var value = values.get(variable);
            if (value.isPresent()) {
                out.append(value.get());
            } else if (part.fallback() != null) {
                out.append(part.fallback());
            } else {
                out.append(variable.placeholder());
                missing.add(variable);
            }
        }
        return new RenderedText(out.toString(), List.copyOf(missing));
    }

    private record Part(@Nullable String literal, @Nullable TemplateVariable variable, @Nullable String fallback) {}
}
