package com.scoredesk.shop;

import com.scoredesk.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A Douyin shop that a CS team looks after. {@code code} is the platform's shop id. */
@Entity
@Table(name = "shop")
public class Shop extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 60)
    private String industry;

    @Enumerated(EnumType.STRING)
    @Column(name = "shop_type", nullable = false, length = 20)
    private ShopType shopType;

    @Column(name = "opened_on")
    private @Nullable LocalDate openedOn;

    @Column(name = "remote_logistics_service", nullable = false)
    private boolean remoteLogisticsService;

    @Column(name = "freight_insurance_enabled", nullable = false)
    private boolean freightInsuranceEnabled;

    @Column(name = "pinned_rule_set", length = 40)
    private @Nullable String pinnedRuleSet;

    protected Shop() {}

    public Shop(String code, String name, String industry, ShopType shopType) {
        this.code = requireText(code, "code");
        this.name = requireText(name, "name");
        this.industry = requireText(industry, "industry");
        this.shopType = Objects.requireNonNull(shopType, "shopType");
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value.strip();
    }

    public void describe(
            String name,
            String industry,
            ShopType shopType,
            @Nullable LocalDate openedOn,
            boolean remoteLogisticsService,
            boolean freightInsuranceEnabled) {
        this.name = requireText(name, "name");
        this.industry = requireText(industry, "industry");
        this.shopType = Objects.requireNonNull(shopType, "shopType");
        this.openedOn = openedOn;
        this.remoteLogisticsService = remoteLogisticsService;
        this.freightInsuranceEnabled = freightInsuranceEnabled;
    }

    public void pinRuleSet(@Nullable String ruleSetId) {
        this.pinnedRuleSet = ruleSetId == null || ruleSetId.isBlank() ? null : ruleSetId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getIndustry() {
        return industry;
    }

    public ShopType getShopType() {
        return shopType;
    }

    public @Nullable LocalDate getOpenedOn() {
        return openedOn;
    }

    public boolean isRemoteLogisticsService() {
        return remoteLogisticsService;
    }

    public boolean isFreightInsuranceEnabled() {
        return freightInsuranceEnabled;
    }

    public @Nullable String getPinnedRuleSet() {
        return pinnedRuleSet;
    }
}
