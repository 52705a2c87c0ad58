package com.scoredesk.appeal;

import com.scoredesk.testing.OnPostgres;

/** Appeals on PostgreSQL, the production database. */
@OnPostgres
class AppealServicePostgresTest extends AppealServiceContract {}
