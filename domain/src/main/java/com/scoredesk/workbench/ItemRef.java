package com.scoredesk.workbench;

/**
 * A work item as the acting user last saw it. An action on an item whose version moved on since then fails with a
 * {@link WorkItemConflictException}, so nobody acts on a stale screen.
 */
public record ItemRef(long id, long version) {}
