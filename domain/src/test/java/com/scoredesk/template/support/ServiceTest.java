package com.scoredesk.template.support;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A service test on the domain's real Spring context and an H2 database migrated by Flyway. One context (and one
 * database) is shared by every subclass; {@link TestWorld} gives each test its own shops and users.
 */
@SpringBootTest(
        classes = ServiceTestApplication.class,
        properties = {"spring.jpa.hibernate.ddl-auto=validate", "spring.main.banner-mode=off"})
public abstract class ServiceTest {

    @Autowired
    protected TestWorld world;

    @AfterEach
    void log_out_and_reset_the_clock() {
        world.logout();
        world.clock().reset();
    }
}
