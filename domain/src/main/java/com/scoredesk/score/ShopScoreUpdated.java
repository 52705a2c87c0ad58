package com.scoredesk.score;

/**
 * The live projected score of shop {@code shopId} changed. Published by {@link LiveScoreService} on a background
 * thread; views listen to it and push the new number to their UIs.
 */
public record ShopScoreUpdated(long shopId, LiveScore score) {}
