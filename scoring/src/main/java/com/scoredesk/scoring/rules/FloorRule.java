package com.scoredesk.scoring.rules;

import com.scoredesk.scoring.model.Shop;
import com.scoredesk.scoring.model.ShopType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The small-shop floor: the listed indicators score exactly {@link #score()} when the shop has fewer valid paid
 * orders in the window than its threshold and the indicator's bad count is at most {@link #maxBadCount()}.
 *
 * @param smallThreshold the threshold of the shop types in {@code smallShopTypes} and of every shop in {@code
 *     smallIndustries}
 * @param threshold the threshold of all other shops
 */
public record FloorRule(
        BigDecimal score,
        int maxBadCount,
        int smallThreshold,
        int threshold,
        Set<ShopType> smallShopTypes,
        Set<String> smallIndustries,
        List<String> indicators) {

    public FloorRule {
        Objects.requireNonNull(score, "score");
        smallShopTypes = Set.copyOf(smallShopTypes);
        smallIndustries = Set.copyOf(smallIndustries);
        indicators = List.copyOf(indicators);
    }

    /** The number of valid paid orders below which {@code shop} is a small shop. */
    public int thresholdFor(Shop shop) {
        if (smallShopTypes.contains(shop.shopType())
                || smallIndustries.contains(shop.industry().strip())) {
            return smallThreshold;
        }
        return threshold;
    }
}
