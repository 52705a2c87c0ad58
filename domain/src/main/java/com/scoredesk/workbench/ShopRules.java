package com.scoredesk.workbench;

import com.scoredesk.score.RuleSets;
import com.scoredesk.scoring.model.Shop;
import com.scoredesk.scoring.model.ShopType;
import com.scoredesk.scoring.rules.RuleSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rule set that scores a shop today: its deadlines (spec section 9) are what the worklists count down to. Uses the
 * application's {@link RuleSets}, so that the ASSUMED numbers administrators set move the deadlines too.
 */
@Component
class ShopRules {

    private final JdbcTemplate jdbc;
    private final RuleSets registry;

    ShopRules(JdbcTemplate jdbc, RuleSets registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    /** The shop as the score sees it, or {@code null} when it does not exist. */
    @Nullable
    ScoredShop shop(long shopId) {
        List<ScoredShop> found = jdbc.query(
                """
                SELECT code, name, industry, shop_type, opened_on, remote_logistics_service, freight_insurance_enabled,
                  pinned_rule_set FROM shop WHERE id = ?""",
                (rs, row) -> {
                    java.sql.Date opened = rs.getDate("opened_on");
                    return new ScoredShop(
                            new Shop(
                                    rs.getString("code"),
                                    rs.getString("name"),
                                    rs.getString("industry"),
                                    ShopType.valueOf(rs.getString("shop_type").toUpperCase(Locale.ROOT)),
                                    opened == null ? null : opened.toLocalDate(),
                                    rs.getBoolean("remote_logistics_service"),
                                    rs.getBoolean("freight_insurance_enabled")),
                            rs.getString("pinned_rule_set"));
                },
                shopId);
        return found.isEmpty() ? null : found.getFirst();
    }

    RuleSet ruleSet(ScoredShop shop, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, WorkbenchTime.SHANGHAI);
        return registry.registry().resolve(today, shop.pinnedRuleSet(), shop.shop());
    }

    record ScoredShop(Shop shop, @Nullable String pinnedRuleSet) {}
}
