package com.scoredesk.score;

import com.scoredesk.activity.ActivityTestSupport;
import com.scoredesk.scoring.rules.RuleSetRegistry;
import com.scoredesk.shop.ShopProfiles;
import com.scoredesk.user.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The shop-data and score services on top of a JPA slice, with the clock stopped at {@link #NOW} (2026-11-20 10:00
 * in Shanghai). Every {@link com.scoredesk.testing.DomainSlice} test imports this same configuration, so that one
 * Spring context per database serves them all.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({
    ActivityTestSupport.class,
    ShopProfiles.class,
    CurrentUser.class,
    ScoringConfiguration.class,
    ShopScoreService.class
})
public class ScoreTestConfiguration {

    public static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

    /** The shipped rule sets; administrators' assumptions are tested with the whole application. */
    @Bean
    RuleSets ruleSets(RuleSetRegistry shipped) {
        return () -> shipped;
    }

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
    }
}
