package com.scoredesk.workbench;

/** Narrows a worklist by deadline. */
public enum DeadlineFilter {
    ANY,
    /** The deadline has passed. */
    OVERDUE,
    /** Due within the next hour, overdue included. */
    WITHIN_HOUR,
    /** Due by the end of today (Asia/Shanghai), overdue included. */
    TODAY
}
