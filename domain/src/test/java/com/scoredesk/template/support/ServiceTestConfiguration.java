package com.scoredesk.template.support;

import com.scoredesk.score.RuleSets;
import com.scoredesk.scoring.rules.RuleSetRegistry;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** What the app module provides and the domain's services need: the clock and the password encoder. */
@TestConfiguration(proxyBeanMethods = false)
public class ServiceTestConfiguration {

    /** The shipped rule sets; administrators' assumptions are tested with the whole application. */
    @Bean
    RuleSets ruleSets(RuleSetRegistry shipped) {
        return () -> shipped;
    }

    @Bean
    MutableClock clock() {
        return new MutableClock();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    TestWorld testWorld(
            com.scoredesk.user.UserService users,
            com.scoredesk.shop.ShopService shops,
            com.scoredesk.activity.ShopActivityService activity,
            MutableClock clock) {
        return new TestWorld(users, shops, activity, clock);
    }
}
