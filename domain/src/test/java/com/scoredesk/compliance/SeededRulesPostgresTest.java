package com.scoredesk.compliance;

import com.scoredesk.testing.OnPostgres;

/** The seeded rules on PostgreSQL, the production database. */
@OnPostgres
class SeededRulesPostgresTest extends SeededRulesContract {}
