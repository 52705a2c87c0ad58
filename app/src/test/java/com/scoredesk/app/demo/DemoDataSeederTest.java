package com.scoredesk.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoredesk.activity.ActivityCounts;
import com.scoredesk.activity.ShopActivityService;
import com.scoredesk.shop.ShopService;
import com.scoredesk.shop.ShopSummary;
import com.scoredesk.user.UserService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The demo data a first start creates, and that a second start leaves alone. */
@SpringBootTest
@ActiveProfiles("test")
class DemoDataSeederTest {

    @Autowired
    DemoDataSeeder seeder;

    @Autowired
    ShopService shops;

    @Autowired
    ShopActivityService activity;

    @Autowired
    UserService users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_first_start_creates_two_shops_with_sixty_days_of_activity() {
        List<ActivityCounts> counts = countsOfEveryShop();

        assertThat(counts).hasSize(2);
        assertThat(counts).allSatisfy(shop -> {
            assertThat(shop.orders()).isGreaterThan(1000);
            assertThat(shop.afterSales()).isPositive();
            assertThat(shop.reviews()).isPositive();
            assertThat(shop.rounds()).isPositive();
            assertThat(shop.escalations()).isPositive();
            assertThat(shop.logisticsEvents()).isPositive();
        });
        assertThat(counts.stream().mapToLong(ActivityCounts::violations).sum()).isPositive();
    }

    @Test
    void the_first_start_gives_every_demo_shop_its_agents_replies_at_the_rounds_own_reply_times() {
        for (String code : List.of(DemoShops.FASHION_CODE, DemoShops.TEA_CODE)) {
            long shopId = shops.findByCodeUnchecked(code).orElseThrow().id();
            assertThat(replies(shopId)).isPositive();
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM chat_reply c JOIN im_rounds m ON m.id = c.round_ref"
                                    + " WHERE c.shop_id = ? AND (m.human_reply_at IS NULL OR c.sent_at <> m.human_reply_at)",
                            Long.class,
                            shopId))
                    .isZero();
        }
    }

    @Test
    void starting_again_on_the_same_database_duplicates_nothing() {
        List<ActivityCounts> before = countsOfEveryShop();
        List<Long> repliesBefore = repliesOfEveryShop();

        seeder.run(new DefaultApplicationArguments());

        assertThat(countsOfEveryShop()).isEqualTo(before);
        assertThat(repliesOfEveryShop()).isEqualTo(repliesBefore);
        assertThat(users.anyUserExists()).isTrue();
    }

    private List<Long> repliesOfEveryShop() {
        return List.of(DemoShops.FASHION_CODE, DemoShops.TEA_CODE).stream()
                .map(code ->
                        replies(shops.findByCodeUnchecked(code).orElseThrow().id()))
                .toList();
    }

    private long replies(long shopId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM chat_reply WHERE shop_id = ?", Long.class, shopId);
    }

    /** The two demo shops; other tests sharing this database add shops of their own. */
    private List<ActivityCounts> countsOfEveryShop() {
        return List.of(DemoShops.FASHION_CODE, DemoShops.TEA_CODE).stream()
                .map(code -> shops.findByCodeUnchecked(code).orElseThrow())
                .map(ShopSummary::id)
                .map(activity::countsUnchecked)
                .toList();
    }
}
