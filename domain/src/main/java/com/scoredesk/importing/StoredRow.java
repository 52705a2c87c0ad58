package com.scoredesk.importing;

/** A row as the database holds it: its id and its values in {@link ImportKind#columns()} order. */
record StoredRow(long id, Object[] values) {}
