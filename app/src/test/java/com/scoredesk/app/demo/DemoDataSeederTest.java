package com.scoredesk.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoredesk.activity.ActivityCounts;
import com.scoredesk.activity.ShopActivityService;
import com.scoredesk.shop.ShopProfiles;
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
    ShopProfiles shops;

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

    private List<ActivityCounts> countsOfEveryShop() {
        return shops.allShopIdsUnchecked().stream()
                .map(activity::countsUnchecked)
                .toList();
    }
}
