package com.scoredesk.user;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A user as views see it: never the password hash. */
public record UserSummary(
        long id,
        String username,
        String displayName,
        Set<Role> roles,
        Set<Long> shopIds,
        boolean enabled,
        @Nullable String locale) {}
