package com.scoredesk.activity;

/**
 * The activity of shop {@code shopId} changed (rows imported, generated or acted on). Published after the change;
 * listeners that read the data should listen after commit.
 */
public record ShopDataChanged(long shopId) {}
