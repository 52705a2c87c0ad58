package com.scoredesk.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoredesk.scoring.bundle.Bundle;
import com.scoredesk.scoring.bundle.BundleReader;
import com.scoredesk.scoring.output.ScoreJson;
import com.scoredesk.scoring.rules.RuleSetRegistry;
import com.scoredesk.scoring.score.ExperienceScoreCalculator;
import com.scoredesk.scoring.score.ScoreResult;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The example bundles of the contract give exactly the expected answers. */
class ExampleCasesTest {

    static List<Examples.Case> cases() {
        return Examples.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void the_example_bundle_gives_the_expected_answer(Examples.Case example) throws Exception {
        Bundle bundle = new BundleReader().read(example.bundle());
        assertThat(bundle.errors()).isEmpty();

        ScoreResult result = new ExperienceScoreCalculator()
                .score(bundle.data(), LocalDate.parse(example.asOf()), RuleSetRegistry.standard(), example.ruleSet());

        JsonAssert.assertJsonMatches(ScoreJson.toJson(result), example.expectedJson());
    }
}
