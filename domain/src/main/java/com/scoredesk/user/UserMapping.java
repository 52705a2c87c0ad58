package com.scoredesk.user;

import java.util.Objects;

final class UserMapping {

    private UserMapping() {}

    static UserSummary toSummary(AppUser user) {
        return new UserSummary(
                Objects.requireNonNull(user.getId()),
                user.getUsername(),
                user.getDisplayName(),
                user.getRoles(),
                user.getShopIds(),
                user.isEnabled(),
                user.getLocale());
    }
}
