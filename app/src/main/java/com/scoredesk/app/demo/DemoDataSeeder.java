package com.scoredesk.app.demo;

import com.scoredesk.shop.Shop;
import com.scoredesk.shop.ShopService;
import com.scoredesk.shop.ShopSummary;
import com.scoredesk.shop.ShopType;
import com.scoredesk.user.NewUser;
import com.scoredesk.user.Role;
import com.scoredesk.user.UserService;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a first start with an empty database, creates the demo shops and their team, then gives each demo shop 60 days
 * of activity and score history ({@link DemoActivity}) and its agents' chat replies of the last two weeks ({@link
 * DemoTeamHistory}). Shops and users are created only in an empty database, activity only for a demo shop that has
 * none and replies only for one without any, so a restart never duplicates anything. Switched off with
 * {@code scoredesk.demo.enabled=false} (the {@code postgres} profile does that).
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "scoredesk.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final UserService users;
    private final ShopService shops;
    private final DemoActivity activity;
    private final DemoTeamHistory team;

    DemoDataSeeder(UserService users, ShopService shops, DemoActivity activity, DemoTeamHistory team) {
        this.users = users;
        this.shops = shops;
        this.activity = activity;
        this.team = team;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!users.anyUserExists() && !shops.anyShopExists()) {
            createShopsAndTeam();
        }
        for (DemoShop demo : List.of(DemoShop.FASHION, DemoShop.TEA)) {
            shops.findByCodeUnchecked(demo.code()).ifPresent(shop -> {
                activity.fillIfEmpty(shop.id(), demo);
                team.fillIfEmpty(shop.id());
            });
        }
    }

    private void createShopsAndTeam() {
        ShopSummary fashion = shops.registerUnchecked(
                shop(DemoShops.FASHION_CODE, "澜衣女装旗舰店", "女装", ShopType.FLAGSHIP, LocalDate.of(2024, 3, 1), true, true));
        ShopSummary tea = shops.registerUnchecked(
                shop(DemoShops.TEA_CODE, "山野茶铺", "茶", ShopType.NON_FLAGSHIP, LocalDate.of(2025, 5, 20), false, false));
        Set<Long> both = Set.of(fashion.id(), tea.id());
        users.createInitialUser(new NewUser("admin", "管理员 王静", "scoredesk-admin", Set.of(Role.ADMIN), both));
        users.createInitialUser(new NewUser("supervisor", "客服主管 李娜", "scoredesk-lead", Set.of(Role.SUPERVISOR), both));
        users.createInitialUser(new NewUser("agent", "客服 小周", "scoredesk-agent", Set.of(Role.AGENT), both));
        users.createInitialUser(
                new NewUser("agent2", "客服 小陈", "scoredesk-agent2", Set.of(Role.AGENT), Set.of(tea.id())));
        log.info(
                "Demo data created: shops {} and {}, users admin, supervisor, agent, agent2",
                fashion.name(),
                tea.name());
    }

    private static Shop shop(
            String code,
            String name,
            String industry,
            ShopType type,
            LocalDate openedOn,
            boolean remoteLogistics,
            boolean freightInsurance) {
        Shop shop = new Shop(code, name, industry, type);
        shop.describe(name, industry, type, openedOn, remoteLogistics, freightInsurance);
        return shop;
    }
}
