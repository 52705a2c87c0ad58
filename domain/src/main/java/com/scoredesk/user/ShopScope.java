package com.scoredesk.user;

import java.util.Set;

/** The shops a user may see: every shop (administrators) or a fixed set. */
public record ShopScope(boolean all, Set<Long> shopIds) {

    public ShopScope {
        shopIds = Set.copyOf(shopIds);
    }

    public static ShopScope everyShop() {
        return new ShopScope(true, Set.of());
    }

    public static ShopScope of(Set<Long> shopIds) {
        return new ShopScope(false, shopIds);
    }

    public boolean includes(long shopId) {
        return all || shopIds.contains(shopId);
    }
}
