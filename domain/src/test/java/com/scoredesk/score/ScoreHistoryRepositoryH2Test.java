package com.scoredesk.score;

/** The score history tables on H2. */
class ScoreHistoryRepositoryH2Test extends ScoreHistoryRepositoryContract {}
