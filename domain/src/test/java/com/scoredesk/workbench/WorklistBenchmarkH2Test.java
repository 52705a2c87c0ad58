package com.scoredesk.workbench;

/** The worklist benchmark on H2. */
class WorklistBenchmarkH2Test extends WorklistBenchmark {}
