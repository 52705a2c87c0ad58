package com.scoredesk.workbench;

import static com.scoredesk.testing.Times.at;

import com.scoredesk.activity.ShopDataLoader;
import com.scoredesk.appeal.AppealService;
import com.scoredesk.audit.AuditLog;
import com.scoredesk.compliance.ComplianceService;
import com.scoredesk.kpi.TeamKpiService;
import com.scoredesk.kpi.TeamPresence;
import com.scoredesk.score.RuleSets;
import com.scoredesk.scoring.rules.RuleSetRegistry;
import com.scoredesk.shop.ShopService;
import com.scoredesk.template.TemplateService;
import com.scoredesk.user.CurrentUser;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Component;

/** The workbench and what it needs of the rest of the domain, on a clock the test moves. */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan(
        basePackageClasses = {WorkbenchService.class, AuditLog.class, AppealService.class, TemplateService.class},
        useDefaultFilters = false,
        includeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = Component.class),
        // other features' test configurations and test applications live in the same packages
        excludeFilters =
                @ComponentScan.Filter(
                        type = FilterType.ANNOTATION,
                        classes = {TestConfiguration.class, SpringBootConfiguration.class}))
@Import({
    CurrentUser.class,
    ShopService.class,
    ComplianceService.class,
    ShopDataLoader.class,
    TeamKpiService.class,
    TeamPresence.class
})
class WorkbenchTestConfiguration {

    /** Friday 2026-11-20 10:00, Shanghai: inside service hours. */
    static final String NOW = "2026-11-20 10:00:00";

    /** The shipped rule sets (the team KPIs read the due time of a reply from them). */
    @Bean
    RuleSetRegistry ruleSetRegistry() {
        return RuleSetRegistry.standard();
    }

    /** Scores with the shipped rule sets; administrators' assumptions are tested with the whole application. */
    @Bean
    RuleSets ruleSets(RuleSetRegistry shipped) {
        return () -> shipped;
    }

    @Bean
    TestClock clock() {
        return new TestClock(at(NOW));
    }
}
