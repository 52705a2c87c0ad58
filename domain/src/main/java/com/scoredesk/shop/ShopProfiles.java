package com.scoredesk.shop;

import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shop facts for background work that runs without a user (the score, the daily job, the command line). Callers
 * that act for a user check {@code CurrentUser.requireShop} first.
 */
@Service
@Transactional(readOnly = true)
public class ShopProfiles {

    private final ShopRepository shops;

    ShopProfiles(ShopRepository shops) {
        this.shops = shops;
    }

    public ShopProfile profileUnchecked(long shopId) {
        Shop shop = shops.findById(shopId).orElseThrow(() -> new IllegalArgumentException("no shop " + shopId));
        return new ShopProfile(
                Objects.requireNonNull(shop.getId()),
                shop.getCode(),
                shop.getName(),
                shop.getIndustry(),
                shop.getShopType(),
                shop.getOpenedOn(),
                shop.isRemoteLogisticsService(),
                shop.isFreightInsuranceEnabled(),
                shop.getPinnedRuleSet());
    }

    public boolean existsUnchecked(long shopId) {
        return shops.existsById(shopId);
    }

    /** The ids of every shop, by name. */
    public List<Long> allShopIdsUnchecked() {
        return shops.findAllByOrderByName().stream()
                .map(shop -> Objects.requireNonNull(shop.getId()))
                .toList();
    }
}
