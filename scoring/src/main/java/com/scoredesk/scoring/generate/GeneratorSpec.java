package com.scoredesk.scoring.generate;

import com.scoredesk.scoring.model.ShopType;
import java.time.Instant;
import java.util.Objects;

/**
 * What to generate: a shop with {@code orders} orders paid over the {@code days} days before {@code end}
 * (activity after {@code end} has not happened yet), and how much of the optional detail.
 *
 * @param displayFields buyer nicknames, product names, couriers and waybills (off for the biggest benchmarks)
 * @param logisticsEvents parcel traces in {@code logistics_events} (about five rows per order)
 * @param violations how many violations to place in the period
 * @param trouble 1 is a typical shop; higher values mean proportionally more late pickups, slow replies,
 *     complaints and bad reviews
 */
public record GeneratorSpec(
        String shopId,
        String industry,
        ShopType shopType,
        int orders,
        int days,
        Instant end,
        boolean remoteLogisticsService,
        boolean freightInsuranceEnabled,
        boolean displayFields,
        boolean logisticsEvents,
        int violations,
        double trouble) {

    public GeneratorSpec {
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(shopType, "shopType");
        Objects.requireNonNull(end, "end");
        if (orders < 0 || days < 1 || trouble <= 0) {
            throw new IllegalArgumentException("orders ≥ 0, days ≥ 1 and trouble > 0 needed");
        }
    }

    /** A typical 女装 shop with every detail, one violation, ending at {@code end}. */
    public static GeneratorSpec typical(int orders, int days, Instant end) {
        return new GeneratorSpec(
                "S-DEMO", "女装", ShopType.NON_FLAGSHIP, orders, days, end, true, true, true, true, 1, 1.0);
    }

    public GeneratorSpec withShop(String id, String newIndustry, ShopType type) {
        return new GeneratorSpec(
                id,
                newIndustry,
                type,
                orders,
                days,
                end,
                remoteLogisticsService,
                freightInsuranceEnabled,
                displayFields,
                logisticsEvents,
                violations,
                trouble);
    }

    public GeneratorSpec withDetail(boolean display, boolean events) {
        return new GeneratorSpec(
                shopId,
                industry,
                shopType,
                orders,
                days,
                end,
                remoteLogisticsService,
                freightInsuranceEnabled,
                display,
                events,
                violations,
                trouble);
    }

    public GeneratorSpec withViolations(int count) {
        return new GeneratorSpec(
                shopId,
                industry,
                shopType,
                orders,
                days,
                end,
                remoteLogisticsService,
                freightInsuranceEnabled,
                displayFields,
                logisticsEvents,
                count,
                trouble);
    }

    public GeneratorSpec withTrouble(double factor) {
        return new GeneratorSpec(
                shopId,
                industry,
                shopType,
                orders,
                days,
                end,
                remoteLogisticsService,
                freightInsuranceEnabled,
                displayFields,
                logisticsEvents,
                violations,
                factor);
    }

    public GeneratorSpec withServices(boolean remote, boolean freightInsurance) {
        return new GeneratorSpec(
                shopId,
                industry,
                shopType,
                orders,
                days,
                end,
                remote,
                freightInsurance,
                displayFields,
                logisticsEvents,
                violations,
                trouble);
    }
}
