package com.scoredesk.kpi;

/** How the team table is ordered. */
public enum KpiSort {
    /** Most replies later than 3 minutes first. */
    SLOW_REPLIES,
    /** Most items handled first. */
    HANDLED,
    /** Slowest median reply first. */
    MEDIAN_REPLY,
    /** Most score points gained first. */
    POINTS_GAINED,
    NAME
}
