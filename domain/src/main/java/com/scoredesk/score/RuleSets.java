package com.scoredesk.score;

import com.scoredesk.scoring.rules.RuleSetRegistry;

/**
 * The rule sets every score is computed with: the shipped ones with the ASSUMED numbers administrators set per industry
 * or shop applied. Asked again for each computation, so that a changed number reaches the next score.
 */
@FunctionalInterface
public interface RuleSets {

    RuleSetRegistry registry();
}
