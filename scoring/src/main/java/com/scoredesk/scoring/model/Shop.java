package com.scoredesk.scoring.model;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The shop being scored ({@code shop.csv}).
 *
 * @param industry the 考核行业 name as in the service-weight table; an unknown or empty industry scores as 其他
 * @param remoteLogisticsService the shop offers the remote-area logistics service (偏远地区物流服务)
 * @param freightInsuranceEnabled the shop turned on freight insurance (运费险)
 */
public record Shop(
        String shopId,
        String name,
        String industry,
        ShopType shopType,
        @Nullable LocalDate openedOn,
        boolean remoteLogisticsService,
        boolean freightInsuranceEnabled) {

    public Shop {
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(shopType, "shopType");
    }

    public Shop withIndustry(String newIndustry) {
        return new Shop(shopId, name, newIndustry, shopType, openedOn, remoteLogisticsService, freightInsuranceEnabled);
    }

    public Shop withShopType(ShopType newType) {
        return new Shop(shopId, name, industry, newType, openedOn, remoteLogisticsService, freightInsuranceEnabled);
    }

    public Shop withRemoteLogisticsService(boolean on) {
        return new Shop(shopId, name, industry, shopType, openedOn, on, freightInsuranceEnabled);
    }

    public Shop withFreightInsuranceEnabled(boolean on) {
        return new Shop(shopId, name, industry, shopType, openedOn, remoteLogisticsService, on);
    }
}
