package com.scoredesk.app.cli;

import com.scoredesk.shop.ShopService;
import com.scoredesk.shop.ShopSummary;
import java.util.Optional;

/** How commands and the API name a shop: by its platform id ({@code shop_id}), else by its ScoreDesk number. */
public final class ShopRefs {

    private ShopRefs() {}

    public static Optional<ShopSummary> find(ShopService shops, String ref) {
        Optional<ShopSummary> byCode = shops.findByCodeUnchecked(ref);
        if (byCode.isPresent()
                || ref.isEmpty()
                || ref.length() > 18
                || !ref.chars().allMatch(Character::isDigit)) {
            return byCode;
        }
        return shops.findByIdUnchecked(Long.parseLong(ref));
    }
}
