package com.scoredesk.app.dashboard;

import com.scoredesk.activity.ActivityBatches;
import com.scoredesk.activity.ShopActivityService;
import com.scoredesk.score.ScoreHistoryService;
import com.scoredesk.score.ShopScoreService;
import com.scoredesk.scoring.generate.GeneratorSpec;
import com.scoredesk.scoring.generate.ShopGenerator;
import com.scoredesk.scoring.model.ShopData;
import com.scoredesk.shop.Shop;
import com.scoredesk.shop.ShopService;
import com.scoredesk.shop.ShopSummary;
import com.scoredesk.shop.ShopType;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A generated shop with 90 days of history that the demo supervisor looks after, created once per Spring context
 * (the tests share one context and its database).
 */
final class DashboardFixture {

    static final String CODE = "DASHBOARD-TEST";
    static final String NAME = "看板测试店";

    private DashboardFixture() {}

    static synchronized ShopSummary shop(ApplicationContext ctx) {
        ShopService shops = ctx.getBean(ShopService.class);
        return shops.findByCodeUnchecked(CODE).orElseGet(() -> create(ctx, shops));
    }

    private static ShopSummary create(ApplicationContext ctx, ShopService shops) {
        Clock clock = ctx.getBean(Clock.class);
        ShopData data = new ShopGenerator(20261123L)
                .generate(GeneratorSpec.typical(1500, 130, clock.instant()).withTrouble(3.0));
        ShopSummary shop =
                shops.registerUnchecked(new Shop(CODE, NAME, data.shop().industry(), ShopType.NON_FLAGSHIP));
        ctx.getBean(ShopActivityService.class).insertUnchecked(shop.id(), ActivityBatches.fromShopData(data));
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        for (String user : new String[] {"supervisor", "admin", "agent"}) {
            jdbc.update(
                    "INSERT INTO user_shop (user_id, shop_id) SELECT id, ? FROM app_user WHERE username = ?",
                    shop.id(),
                    user);
        }
        LocalDate today = ctx.getBean(ShopScoreService.class).today();
        ctx.getBean(ScoreHistoryService.class).backfillUnchecked(shop.id(), today.minusDays(89), today);
        return shop;
    }
}
