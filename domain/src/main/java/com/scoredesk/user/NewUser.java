package com.scoredesk.user;

import java.util.Set;

/** What an administrator enters to create a user. */
public record NewUser(String username, String displayName, String password, Set<Role> roles, Set<Long> shopIds) {}
