package com.scoredesk.importing;

import com.scoredesk.testing.OnPostgres;

/** The importer on PostgreSQL, the production database. */
@OnPostgres
class ImportPostgresTest extends ImportContract {}
