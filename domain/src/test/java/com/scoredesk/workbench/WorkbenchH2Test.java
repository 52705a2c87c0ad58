package com.scoredesk.workbench;

/** The workbench on H2, the embedded default database. */
class WorkbenchH2Test extends WorkbenchContract {}
