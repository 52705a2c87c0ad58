package com.scoredesk.shop;

/** What views need to know about a shop. */
public record ShopSummary(long id, String code, String name, String industry, ShopType shopType) {}
