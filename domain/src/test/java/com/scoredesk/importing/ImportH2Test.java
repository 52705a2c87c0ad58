package com.scoredesk.importing;

/** The importer on H2, the embedded default database. */
class ImportH2Test extends ImportContract {}
