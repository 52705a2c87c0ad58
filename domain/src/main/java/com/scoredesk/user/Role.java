package com.scoredesk.user;

/** What a user may do. A user has one or more. */
public enum Role {
    /** Works the worklists of the assigned shops. */
    AGENT,
    /** Watches the score and the team of the assigned shops. */
    SUPERVISOR,
    /** Manages users, shops and settings; sees every shop. */
    ADMIN;

    /** The Spring Security authority name of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
