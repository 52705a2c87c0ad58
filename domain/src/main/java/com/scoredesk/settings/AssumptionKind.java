package com.scoredesk.settings;

/** What kind of number an assumption sets. */
public enum AssumptionKind {
    /** The thresholds of an indicator's tiers or curve points, best first; their scores stay. */
    THRESHOLDS,
    /** An indicator's weight inside its dimension. */
    INDICATOR_WEIGHT,
    /** A dimension's weight in the total. */
    DIMENSION_WEIGHT,
    /** The limit of a growth-stage check. */
    GROWTH_LIMIT,
    /** A work-item deadline or lead time (seconds, hours, minutes or days, as the item says). */
    DEADLINE
}
