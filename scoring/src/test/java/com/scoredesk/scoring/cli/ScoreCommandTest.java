package com.scoredesk.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoredesk.scoring.Examples;
import com.scoredesk.scoring.JsonAssert;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ScoreCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new ScoreCommand()
                .run(
                        args,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    static Stream<Examples.Case> cases() {
        return Examples.cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void prints_the_expected_json_for_each_example(Examples.Case example) {
        List<String> args =
                new ArrayList<>(List.of("score", "--data", example.bundle().toString(), "--as-of", example.asOf()));
        if (example.ruleSet() != null) {
            args.addAll(List.of("--rule-set", example.ruleSet()));
        }
        assertThat(run(args.toArray(String[]::new))).isEqualTo(ScoreCommand.OK);
        JsonAssert.assertJsonMatches(out(), example.expectedJson());
        assertThat(err()).isEmpty();
    }

    @ParameterizedTest(name = "--lang {0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
              zh | 商品综合评分 | 偏远地区物流服务 +3 (物流体验)
              en | Product rating | Remote-area logistics service +3 (Logistics)
            """)
    void prints_a_table_for_people(String lang, String indicator, String bonus) {
        Path bundle = Examples.dir().resolve("e1_womenswear_600");
        assertThat(run("--data", bundle.toString(), "--as-of", "2026-11-10", "--format", "table", "--lang", lang))
                .isEqualTo(ScoreCommand.OK);
        assertThat(out()).contains("S-E1", "douyin-2026-09", indicator, bonus, "65", "4.2", "66.59", "3.31%", "527");
    }

    @Test
    void the_table_of_a_growth_stage_shop_lists_its_checks() {
        Path bundle = Examples.dir().resolve("e3_growth_toys");
        assertThat(run("--data", bundle.toString(), "--as-of", "2026-10-01", "--format", "table", "--lang", "en"))
                .isEqualTo(ScoreCommand.OK);
        assertThat(out()).contains("growth", "Share of late pickups", "27.27%", "fail", "not shown to buyers");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
              no arguments            | ''
              missing --as-of         | --data .
              bad date                | --data . --as-of 2026-13-01
              unknown option          | --data . --as-of 2026-11-01 --colour
              bad format              | --data . --as-of 2026-11-01 --format xml
              bad language            | --data . --as-of 2026-11-01 --lang fr
              option without value    | --data
            """)
    void usage_errors_exit_2(String name, String args) {
        String[] argv = args.isBlank() ? new String[0] : args.split(" ");
        assertThat(run(argv)).isEqualTo(ScoreCommand.USAGE);
        assertThat(err()).contains("usage: score");
        assertThat(out()).isEmpty();
    }

    @Test
    void a_day_without_a_rule_set_or_an_unknown_rule_set_exits_2() {
        Path bundle = Examples.dir().resolve("e1_womenswear_600");
        assertThat(run("--data", bundle.toString(), "--as-of", "2022-12-07")).isEqualTo(ScoreCommand.USAGE);
        assertThat(err()).contains("2022-12-07");
        assertThat(run("--data", bundle.toString(), "--as-of", "2026-11-10", "--rule-set", "nope"))
                .isEqualTo(ScoreCommand.USAGE);
        assertThat(run("--data", "/no/such/dir", "--as-of", "2026-11-10")).isEqualTo(ScoreCommand.USAGE);
    }

    @Test
    void rejected_rows_exit_1_unless_lenient(@TempDir Path dir) throws IOException {
        Path source = Examples.dir().resolve("e3_growth_toys");
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Files.writeString(
                dir.resolve("reviews.csv"),
                Files.readString(dir.resolve("reviews.csv")) + "R999,O001,2026-09-20 10:00:00,7,5,5,,false,none\n");

        assertThat(run("--data", dir.toString(), "--as-of", "2026-10-01")).isEqualTo(ScoreCommand.REJECTED_ROWS);
        assertThat(err()).contains("reviews.csv:10: product_rating outside 1–5: '7'");
        assertThat(out()).isEmpty();

        err.reset();
        assertThat(run("--data", dir.toString(), "--as-of", "2026-10-01", "--lenient"))
                .isEqualTo(ScoreCommand.OK);
        assertThat(err()).contains("reviews.csv:10:");
        JsonAssert.assertJsonMatches(out(), Examples.cases().get(3).expectedJson());
    }
}
