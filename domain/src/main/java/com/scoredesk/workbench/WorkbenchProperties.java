package com.scoredesk.workbench;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the workbench ({@code scoredesk.workbench.*}).
 *
 * @param lookback how far back open work is looked for (after-sales, pickups, parcels): the score's 30-day window
 * @param chatLookback unanswered chat rounds older than this are not listed: their cost stopped at 600 s long ago
 * @param doneRetention done items stay visible (state filter 已完成) this long, then they are deleted
 * @param refreshInterval how often every shop's items are re-ranked and their deadlines re-checked
 * @param background refresh after data changes and on the interval; off only in tests that refresh by hand
 */
@ConfigurationProperties("scoredesk.workbench")
public record WorkbenchProperties(
        @DefaultValue("P30D") Duration lookback,
        @DefaultValue("PT24H") Duration chatLookback,
        @DefaultValue("P3D") Duration doneRetention,
        @DefaultValue("PT1M") Duration refreshInterval,
        @DefaultValue("true") boolean background) {}
