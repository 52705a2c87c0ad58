package com.scoredesk.compliance;

/** What a hit of a rule does to sending. */
public enum Severity {
    /** The text cannot be sent. */
    BLOCK,
    /** The text can be sent after the agent confirms. */
    WARN
}
