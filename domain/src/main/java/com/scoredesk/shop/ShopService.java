package com.scoredesk.shop;

import com.scoredesk.user.CurrentUser;
import com.scoredesk.user.Role;
import com.scoredesk.user.ShopScope;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The shops the current user may see, and their administration. */
@Service
@Transactional(readOnly = true)
public class ShopService {

    private final ShopRepository shops;
    private final CurrentUser currentUser;

    ShopService(ShopRepository shops, CurrentUser currentUser) {
        this.shops = shops;
        this.currentUser = currentUser;
    }

    /** The shops the current user may see, by name. */
    public List<ShopSummary> visibleShops() {
        ShopScope scope = currentUser.shopScope();
        List<Shop> found = scope.all() ? shops.findAllByOrderByName() : shops.findByIdInOrderByName(scope.shopIds());
        return found.stream().map(ShopService::toSummary).toList();
    }

    /** One shop, if the current user may see it. */
    public ShopSummary get(long shopId) {
        currentUser.requireShop(shopId);
        return shops.findById(shopId)
                .map(ShopService::toSummary)
                .orElseThrow(() -> new IllegalArgumentException("no shop " + shopId));
    }

    /** Every shop, for administrators assigning shops to users. */
    public List<ShopSummary> allShops() {
        currentUser.requireRole(Role.ADMIN);
        return shops.findAllByOrderByName().stream().map(ShopService::toSummary).toList();
    }

    /** Finds a shop by its platform id, without a user: for the command line and start-up. */
    public Optional<ShopSummary> findByCodeUnchecked(String code) {
        return shops.findByCode(code).map(ShopService::toSummary);
    }

    /** Finds a shop by its database id, without a user: for the command line and the API (token-checked). */
    public Optional<ShopSummary> findByIdUnchecked(long shopId) {
        return shops.findById(shopId).map(ShopService::toSummary);
    }

    /**
     * Describes a shop as its {@code shop.csv} does, without a user: for the importer, which checks access itself.
     *
     * @return whether anything changed
     */
    @Transactional
    public boolean describeUnchecked(
            long shopId,
            String name,
            String industry,
            ShopType shopType,
            @Nullable LocalDate openedOn,
            boolean remoteLogisticsService,
            boolean freightInsuranceEnabled) {
        Shop shop = shops.findById(shopId).orElseThrow(() -> new IllegalArgumentException("no shop " + shopId));
        boolean same = shop.getName().equals(name.strip())
                && shop.getIndustry().equals(industry.strip())
                && shop.getShopType() == shopType
                && Objects.equals(shop.getOpenedOn(), openedOn)
                && shop.isRemoteLogisticsService() == remoteLogisticsService
                && shop.isFreightInsuranceEnabled() == freightInsuranceEnabled;
        if (!same) {
            shop.describe(name, industry, shopType, openedOn, remoteLogisticsService, freightInsuranceEnabled);
        }
        return !same;
    }

    public boolean anyShopExists() {
        return shops.count() > 0;
    }

    /** Registers a shop without a user: for start-up seeding and the command line. */
    @Transactional
    public ShopSummary registerUnchecked(Shop shop) {
        return toSummary(shops.save(shop));
    }

    static ShopSummary toSummary(Shop shop) {
        return new ShopSummary(
                Objects.requireNonNull(shop.getId()),
                shop.getCode(),
                shop.getName(),
                shop.getIndustry(),
                shop.getShopType());
    }
}
