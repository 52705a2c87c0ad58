package com.scoredesk.kpi;

/** How the agency overview is ordered. */
public enum AgencySort {
    /** Shops without a score, then the smallest margin to the 精选联盟 threshold, then the biggest drop. */
    RISK,
    /** The lowest total first (on each rule set's own scale). */
    LOWEST_SCORE,
    /** The biggest drop since the previous recorded day first. */
    BIGGEST_DROP,
    /** The smallest distance to the 精选联盟 threshold, above or below. */
    CLOSEST_THRESHOLD,
    NAME
}
