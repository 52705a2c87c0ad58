package com.scoredesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.scoredesk.ScoreDeskApplication;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The jar's entry point for the commands that need the database: {@code import} and {@code score --shop} start Spring
 * without a web server, print only their answer on stdout and exit with the command's status. The score of an
 * imported example bundle equals the answer the spec gives for the bundle.
 */
class CliImportAndScoreShopTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A private in-memory database that outlives each command's Spring context, as a file database would. */
    private final String database =
            "--spring.datasource.url=jdbc:h2:mem:cli-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @TempDir
    Path dir;

    private record Run(OptionalInt exit, String out, String err) {}

    private Run main(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(args),
                        java.util.stream.Stream.of(database, "--scoredesk.demo.enabled=false"))
                .toArray(String[]::new);
        OptionalInt exit = CommandLine.run(
                all,
                ScoreDeskApplication.class,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void an_imported_bundle_scores_from_the_database_exactly_as_the_bundle_does() throws IOException {
        Path bundle = CliScoreDataTest.EXAMPLES.resolve("e1_womenswear_600");

        Run imported = main("import", "--shop", "S-E1", bundle.toString());
        Run again = main("import", "--shop", "S-E1", bundle.toString());
        Run scored = main("score", "--shop", "S-E1", "--as-of", "2026-11-10");
        Run pinned = main("score", "--shop", "S-E1", "--as-of", "2026-11-10", "--rule-set", "douyin-2026-07");

        assertThat(imported.exit()).as(imported.err()).hasValue(0);
        JsonNode summary = JSON.readTree(imported.out());
        assertThat(summary.get("shopId").asString()).isEqualTo("S-E1");
        assertThat(summary.get("files")).hasSize(8);
        JsonNode orders = summary.get("files").get(1);
        assertThat(orders.get("kind").asString()).isEqualTo("orders");
        assertThat(orders.get("read").asLong()).isEqualTo(600);
        assertThat(orders.get("inserted").asLong()).isEqualTo(600);
        assertThat(again.exit()).hasValue(0);
        for (JsonNode file : JSON.readTree(again.out()).get("files")) {
            assertThat(file.get("unchanged").asLong())
                    .isEqualTo(file.get("read").asLong());
        }
        assertThat(scored.exit()).as(scored.err()).hasValue(0);
        assertThat(JSON.readTree(scored.out()))
                .isEqualTo(JSON.readTree(
                        Files.readString(CliScoreDataTest.EXAMPLES.resolve("e1_womenswear_600.expected.json"))));
        assertThat(JSON.readTree(pinned.out()))
                .isEqualTo(JSON.readTree(Files.readString(
                        CliScoreDataTest.EXAMPLES.resolve("e1_womenswear_600_douyin-2026-07.expected.json"))));
    }

    @Test
    void a_rejected_row_exits_1_with_the_summary_on_stdout_and_the_row_on_stderr() throws IOException {
        Path bundle = dir.resolve("bundle");
        Files.createDirectories(bundle);
        Files.writeString(
                bundle.resolve("shop.csv"),
                "shop_id,name,industry,shop_type,opened_on,remote_logistics_service,freight_insurance_enabled\n"
                        + "S-BAD,坏数据店,女装,flagship,2025-01-01,false,false\n");
        Files.write(
                bundle.resolve("orders.csv"),
                List.of("order_id,paid_at,amount_paid", "O1,2026-11-01 10:00:00,20.00", "O2,not a time,20.00"));
        Path errors = dir.resolve("errors.csv");

        Run run = main("import", "--shop", "S-BAD", "--errors", errors.toString(), bundle.toString());

        assertThat(run.exit()).hasValue(1);
        JsonNode orders = JSON.readTree(run.out()).get("files").get(1);
        assertThat(orders.get("inserted").asLong()).isEqualTo(1);
        assertThat(orders.get("rejected").asLong()).isEqualTo(1);
        assertThat(run.err()).contains("orders.csv:3: bad paid_at 'not a time'");
        assertThat(Files.readString(errors)).contains("orders.csv,3,bad paid_at 'not a time'");
    }

    @Test
    void an_unknown_shop_is_a_usage_error() {
        Run run = main("score", "--shop", "NO-SUCH-SHOP", "--as-of", "2026-11-10");

        assertThat(run.exit()).hasValue(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("no shop NO-SUCH-SHOP");
    }
}
