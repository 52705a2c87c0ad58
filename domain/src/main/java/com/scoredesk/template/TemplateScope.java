package com.scoredesk.template;

/** Who sees a template. */
public enum TemplateScope {
    /** The whole team, in every shop. Supervisors and administrators maintain them. */
    TEAM,
    /** One shop only. Supervisors and administrators of that shop maintain them. */
    SHOP,
    /** Only the agent who wrote it. */
    PERSONAL
}
