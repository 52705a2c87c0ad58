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
    void starting_again_on_the_same_database_duplicates_nothing() {
        List<ActivityCounts> before = countsOfEveryShop();

        seeder.run(new DefaultApplicationArguments());

        assertThat(countsOfEveryShop()).isEqualTo(before);
        assertThat(users.anyUserExists()).isTrue();
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
