package com.scoredesk.score;

import com.scoredesk.scoring.rules.RuleSetRegistry;
import com.scoredesk.scoring.score.ExperienceScoreCalculator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The plain {@code scoring} objects as beans: the shipped rule sets and the one calculator. Scores are computed with
 * {@link RuleSets}, the shipped rule sets with the administrators' ASSUMED numbers applied.
 */
@Configuration(proxyBeanMethods = false)
class ScoringConfiguration {

    @Bean
    RuleSetRegistry ruleSetRegistry() {
        return RuleSetRegistry.standard();
    }

    @Bean
    ExperienceScoreCalculator experienceScoreCalculator() {
        return new ExperienceScoreCalculator();
    }
}
