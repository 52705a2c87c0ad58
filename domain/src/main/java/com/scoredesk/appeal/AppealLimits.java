package com.scoredesk.appeal;

/** The platform's limits on an appeal (ASSUMED, configurable) and the appeal window in days (spec section 9). */
public record AppealLimits(int maxCharacters, int maxImages, int windowDays) {}
