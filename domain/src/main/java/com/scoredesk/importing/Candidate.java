package com.scoredesk.importing;

/** A row read and parsed from a file, not yet written: its line and its values in column order. */
record Candidate(long line, Object[] values) {}
