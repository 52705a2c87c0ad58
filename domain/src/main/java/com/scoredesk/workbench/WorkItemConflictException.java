package com.scoredesk.workbench;

import org.jspecify.annotations.Nullable;

/**
 * Someone else was faster: the item was claimed, changed or finished by another user (or the platform) after the
 * acting user last saw it. Nothing was changed; the view reloads the item and says why.
 */
public class WorkItemConflictException extends RuntimeException {

    /** Why the action lost. */
    public enum Reason {
        /** Another user holds the item. */
        CLAIMED_BY_OTHER,
        /** The item changed since the user saw it (claimed, released, reassigned, or acted on). */
        CHANGED,
        /** The item is done already. */
        DONE,
        /** The record behind the item was handled meanwhile (the round answered, the after-sale decided). */
        HANDLED_ELSEWHERE,
        /** The item no longer exists. */
        GONE
    }

    private final Reason reason;
    private final long itemId;
    private final @Nullable String holder;

    public WorkItemConflictException(Reason reason, long itemId, @Nullable String holder) {
        super("work item " + itemId + ": " + reason + (holder == null ? "" : " (" + holder + ")"));
        this.reason = reason;
        this.itemId = itemId;
        this.holder = holder;
    }

    public Reason reason() {
        return reason;
    }

    public long itemId() {
        return itemId;
    }

    /** Who holds or finished the item, when known: the name to show. */
    public @Nullable String holder() {
        return holder;
    }
}
