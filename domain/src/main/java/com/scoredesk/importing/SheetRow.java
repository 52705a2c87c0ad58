package com.scoredesk.importing;

/** One data row of a file: its line (header = 1) and its cells, in header order, never {@code null}. */
record SheetRow(long line, String[] cells) {}
