package com.scoredesk.workbench;

import com.scoredesk.testing.OnPostgres;

/** The workbench on PostgreSQL, the production database. */
@OnPostgres
class WorkbenchPostgresTest extends WorkbenchContract {}
