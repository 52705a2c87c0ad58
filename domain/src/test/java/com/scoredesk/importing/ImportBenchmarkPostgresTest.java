package com.scoredesk.importing;

import com.scoredesk.testing.OnPostgres;

/** The import benchmark on PostgreSQL 17 (embedded). */
@OnPostgres
class ImportBenchmarkPostgresTest extends ImportBenchmarkContract {

    @Override
    String database() {
        return "PostgreSQL 17";
    }
}
