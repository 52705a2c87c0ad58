package com.scoredesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoredesk.ScoreDeskApplication;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The jar's entry point for {@code score --data}: scoring's command, without Spring, JSON only on stdout. */
class CliScoreDataTest {

    static final Path EXAMPLES = Path.of("../scoring/src/test/resources/examples");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private OptionalInt main(String... args) {
        return CommandLine.run(
                args,
                ScoreDeskApplication.class,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource({
        "e1_womenswear_600, 2026-11-10, , e1_womenswear_600.expected.json",
        "e1_womenswear_600, 2026-11-10, douyin-2026-07, e1_womenswear_600_douyin-2026-07.expected.json",
        "e2_fivept_tea, 2023-06-01, , e2_fivept_tea.expected.json",
        "e3_growth_toys, 2026-10-01, , e3_growth_toys.expected.json"
    })
    void score_data_prints_exactly_the_expected_json(String bundle, String asOf, String ruleSet, String expected)
            throws IOException {
        OptionalInt exit = ruleSet == null
                ? main("score", "--data", EXAMPLES.resolve(bundle).toString(), "--as-of", asOf)
                : main("score", "--data", EXAMPLES.resolve(bundle).toString(), "--as-of", asOf, "--rule-set", ruleSet);

        assertThat(exit).hasValue(0);
        JsonNode printed = JSON.readTree(out.toString(StandardCharsets.UTF_8));
        JsonNode wanted = JSON.readTree(Files.readString(EXAMPLES.resolve(expected)));
        assertThat(printed).isEqualTo(wanted);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void a_usage_error_exits_2_and_says_why_on_stderr() {
        assertThat(main("score", "--as-of", "2026-11-10")).hasValue(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--data");
    }

    @Test
    void no_arguments_start_the_web_app() {
        assertThat(main()).isEmpty();
        assertThat(main("--server.port=9090")).isEmpty();
    }
}
