package com.scoredesk.workbench;

import com.scoredesk.testing.OnPostgres;

/** The worklist benchmark on PostgreSQL. */
@OnPostgres
class WorklistBenchmarkPostgresTest extends WorklistBenchmark {}
