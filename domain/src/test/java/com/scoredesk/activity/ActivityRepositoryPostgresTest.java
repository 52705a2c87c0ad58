package com.scoredesk.activity;

import com.scoredesk.testing.OnPostgres;

/** The activity tables on PostgreSQL, the production database. */
@OnPostgres
class ActivityRepositoryPostgresTest extends ActivityRepositoryContract {}
