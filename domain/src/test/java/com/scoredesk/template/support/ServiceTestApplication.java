package com.scoredesk.template.support;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The part of the domain that templates, compliance and appeals use: users, shops, shop activity and the score,
 * plus these three features. Every entity and repository is there (the schema is the whole of Flyway's), but only
 * these features' services, so that a test does not depend on the wiring of features it does not use.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EntityScan("com.scoredesk")
@EnableJpaRepositories("com.scoredesk")
@ComponentScan(
        basePackages = {
            "com.scoredesk.user",
            "com.scoredesk.shop",
            "com.scoredesk.activity",
            "com.scoredesk.score",
            "com.scoredesk.template",
            "com.scoredesk.compliance",
            "com.scoredesk.appeal"
        },
        excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
@Import(ServiceTestConfiguration.class)
public class ServiceTestApplication {}
