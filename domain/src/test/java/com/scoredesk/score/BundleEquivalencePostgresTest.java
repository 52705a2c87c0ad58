package com.scoredesk.score;

import com.scoredesk.testing.OnPostgres;

/** The example bundles scored from PostgreSQL. */
@OnPostgres
class BundleEquivalencePostgresTest extends BundleEquivalenceContract {}
