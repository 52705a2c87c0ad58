package com.scoredesk.workbench;

/** Narrows a worklist by state. */
public enum StateFilter {
    /** New and claimed: the work still to do. */
    OPEN,
    NEW,
    CLAIMED,
    /** Done recently (done items are kept for a few days). */
    DONE
}
