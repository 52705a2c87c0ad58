package com.scoredesk.workbench;

/**
 * The work items of shop {@code shopId} changed: an agent acted, or a refresh added, re-ranked or closed items.
 * Published after the change is committed; open workbenches reload their rows and counts.
 */
public record WorklistChanged(long shopId) {}
