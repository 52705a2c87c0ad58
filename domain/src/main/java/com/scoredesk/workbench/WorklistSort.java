package com.scoredesk.workbench;

/**
 * The order of a worklist: by impact (ties by the nearer deadline), or by deadline; ties last by id, so that pages
 * never overlap. Both orders are read from an index, so even the first page of a million items comes at once.
 *
 * @param key what to sort by
 * @param descending largest first
 */
public record WorklistSort(Key key, boolean descending) {

    /** Spec section 8: worklists sort by impact, then by deadline. */
    public static final WorklistSort BY_IMPACT = new WorklistSort(Key.IMPACT, true);

    public enum Key {
        IMPACT,
        DEADLINE
    }
}
