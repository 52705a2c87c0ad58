package com.scoredesk.shop;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Everything the score needs to know about a shop ({@code shop.csv} of the spec), plus the rule set it may pin.
 *
 * @param code the platform's shop id
 * @param pinnedRuleSet the rule set that scores every date of this shop, {@code null} for the one in force
 */
public record ShopProfile(
        long id,
        String code,
        String name,
        String industry,
        ShopType shopType,
        @Nullable LocalDate openedOn,
        boolean remoteLogisticsService,
        boolean freightInsuranceEnabled,
        @Nullable String pinnedRuleSet) {}
