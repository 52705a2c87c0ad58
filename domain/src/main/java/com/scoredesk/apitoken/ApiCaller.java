package com.scoredesk.apitoken;

/** Who calls the API: a token of shop {@code shopId} ({@code shopCode} is its platform id). */
public record ApiCaller(long tokenId, long shopId, String shopCode) {}
