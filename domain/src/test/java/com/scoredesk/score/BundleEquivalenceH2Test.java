package com.scoredesk.score;

/** The example bundles scored from H2. */
class BundleEquivalenceH2Test extends BundleEquivalenceContract {}
