package com.scoredesk.score;

import com.scoredesk.testing.OnPostgres;

/** The score history tables on PostgreSQL. */
@OnPostgres
class ScoreHistoryRepositoryPostgresTest extends ScoreHistoryRepositoryContract {}
