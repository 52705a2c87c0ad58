package com.scoredesk.user;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The logged-in user as services see it. Services call {@link #requireShop(long)} or {@link #requireRole(Role...)}
 * before they touch data: hiding a button in a view is not a security check.
 */
@Component
@Transactional(readOnly = true)
public class CurrentUser {

    private final UserRepository users;

    CurrentUser(UserRepository users) {
        this.users = users;
    }

    /** The user behind the current request, or empty when nobody is logged in. */
    public Optional<UserSummary> find() {
        return username()
                .flatMap(users::findByUsernameIgnoreCase)
                .filter(AppUser::isEnabled)
                .map(UserMapping::toSummary);
    }

    /** The user behind the current request; access denied when nobody is logged in. */
    public UserSummary require() {
        return find().orElseThrow(() -> new AccessDeniedException("not logged in"));
    }

    public boolean hasRole(Role role) {
        return find().map(user -> user.roles().contains(role)).orElse(false);
    }

    /** Fails unless the current user has one of {@code roles}. */
    public UserSummary requireRole(Role... roles) {
        UserSummary user = require();
        if (Arrays.stream(roles).noneMatch(user.roles()::contains)) {
            throw new AccessDeniedException(user.username() + " lacks role " + Arrays.toString(roles));
        }
        return user;
    }

    /** The shops the current user may see. */
    public ShopScope shopScope() {
        UserSummary user = require();
        return user.roles().contains(Role.ADMIN) ? ShopScope.everyShop() : ShopScope.of(user.shopIds());
    }

    /** Fails unless the current user may see shop {@code shopId}. */
    public void requireShop(long shopId) {
        if (!shopScope().includes(shopId)) {
            throw new AccessDeniedException("no access to shop " + shopId);
        }
    }

    private static Optional<String> username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication.getName());
    }
}
