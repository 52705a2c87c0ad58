package com.scoredesk.importing;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.TestPropertySource;

/** The import benchmark on H2 in file mode, as the app runs it by default (a fresh database file per run). */
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:file:./target/import-benchmark/h2-${random.uuid}/scoredesk",
            "spring.datasource.username=sa",
            "spring.datasource.password="
        })
class ImportBenchmarkH2Test extends ImportBenchmarkContract {

    @Override
    String database() {
        return "H2 (file)";
    }
}
