package com.scoredesk.compliance;

/** The seeded rules on H2, the embedded default database. */
class SeededRulesH2Test extends SeededRulesContract {}
