package com.scoredesk.compliance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Finds where one rule hits a text: every keyword (literal, case-insensitive) and every regular expression
 * (case-insensitive), minus the hits that overlap a match of one of the rule's exceptions. Full-width letters, digits
 * and signs (ＶＸ, １３８) are read as their ASCII forms, so that spelling a word in full width does not slip
 * through; offsets still point into the original text. Immutable and thread-safe.
 */
public final class RuleMatcher {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final List<Pattern> terms;
    private final List<Pattern> exceptions;

    private RuleMatcher(List<Pattern> terms, List<Pattern> exceptions) {
        this.terms = List.copyOf(terms);
        this.exceptions = List.copyOf(exceptions);
    }

    /**
     * Compiles a rule's matchers.
     *
     * @throws InvalidRuleException when a pattern does not compile or matches the empty text, or there is no matcher
     */
    public static RuleMatcher compile(List<String> keywords, List<String> patterns, List<String> exceptions) {
        List<RuleProblem> problems = new ArrayList<>();
        List<Pattern> terms = new ArrayList<>();
        for (String keyword : keywords) {
            if (!keyword.isBlank()) {
                terms.add(Pattern.compile(Pattern.quote(halfWidth(keyword.strip())), FLAGS));
            }
        }
        for (String pattern : patterns) {
            compileInto(pattern, terms, problems);
        }
        List<Pattern> excluded = new ArrayList<>();
        for (String pattern : exceptions) {
            compileInto(pattern, excluded, problems);
        }
        if (terms.isEmpty()) {
            problems.add(new RuleProblem(RuleProblem.Kind.NO_MATCHER, ""));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRuleException(problems);
        }
        return new RuleMatcher(terms, excluded);
    }

    private static void compileInto(String pattern, List<Pattern> into, List<RuleProblem> problems) {
        if (pattern.isBlank()) {
            return;
        }
        try {
            Pattern compiled = Pattern.compile(pattern.strip(), FLAGS);
            if (compiled.matcher("").matches()) {
                problems.add(new RuleProblem(RuleProblem.Kind.BAD_PATTERN, pattern.strip()));
            } else {
                into.add(compiled);
            }
        } catch (PatternSyntaxException bad) {
            problems.add(new RuleProblem(RuleProblem.Kind.BAD_PATTERN, pattern.strip()));
        }
    }

    /** Where the rule hits {@code text}: merged, non-overlapping spans in text order; empty when it does not. */
    public List<MatchSpan> find(String text) {
        String normalised = halfWidth(text);
        List<int[]> excluded = spans(exceptions, normalised);
        List<int[]> hits = new ArrayList<>();
        for (int[] span : spans(terms, normalised)) {
            if (excluded.stream().noneMatch(e -> span[0] < e[1] && e[0] < span[1])) {
                hits.add(span);
            }
        }
        hits.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> s[1]));
        List<MatchSpan> merged = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int[] span : hits) {
            if (start >= 0 && span[0] <= end) {
                end = Math.max(end, span[1]);
            } else {
                if (start >= 0) {
                    merged.add(new MatchSpan(start, end, text.substring(start, end)));
                }
                start = span[0];
                end = span[1];
            }
        }
        if (start >= 0) {
            merged.add(new MatchSpan(start, end, text.substring(start, end)));
        }
        return merged;
    }

    private static List<int[]> spans(List<Pattern> patterns, String text) {
        List<int[]> found = new ArrayList<>();
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    found.add(new int[] {m.start(), m.end()});
                }
            }
        }
        return found;
    }

    /** Full-width ASCII (U+FF01..U+FF5E) and the ideographic space as ASCII; the length never changes. */
    static String halfWidth(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                chars[i] = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}
