package com.scoredesk.compliance;

/**
 * Where a rule hit: characters [{@code start}, {@code end}) of the checked text (UTF-16 offsets, as Java and the
 * browser count them), and the words found there.
 */
public record MatchSpan(int start, int end, String text) {

    public MatchSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty span " + start + ".." + end);
        }
    }

    boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
