package com.scoredesk.activity;

/** The activity tables on H2, the embedded default database. */
class ActivityRepositoryH2Test extends ActivityRepositoryContract {}
