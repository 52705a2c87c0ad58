package com.scoredesk.workbench;

/** Where a work item stands. */
public enum WorkItemState {
    /** Open and nobody holds it. */
    NEW,
    /** Open and an agent holds it. */
    CLAIMED,
    /** Acted on, or resolved outside the workbench. */
    DONE
}
