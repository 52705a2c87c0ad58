package com.scoredesk.user;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Logs users in and lets administrators manage them. */
@Service
@Transactional(readOnly = true)
public class UserService implements UserDetailsService {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,60}");
    static final int MIN_PASSWORD_LENGTH = 8;

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final LoginAttempts loginAttempts;
    private final CurrentUser currentUser;

    UserService(
            UserRepository users,
            PasswordEncoder passwordEncoder,
            LoginAttempts loginAttempts,
            CurrentUser currentUser) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.loginAttempts = loginAttempts;
        this.currentUser = currentUser;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsernameIgnoreCase(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("no user " + username));
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .disabled(!user.isEnabled())
                .accountLocked(loginAttempts.isLocked(user.getUsername()))
                .authorities(user.getRoles().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList())
                .build();
    }

    /** A page of users whose name contains {@code filter}, for administrators. */
    public List<UserSummary> find(String filter, int offset, int limit) {
        currentUser.requireRole(Role.ADMIN);
        var page = PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit), Sort.by("username"));
        return users.findByUsernameContainingIgnoreCaseOrDisplayNameContainingIgnoreCase(filter, filter, page)
                .map(UserMapping::toSummary)
                .getContent();
    }

    public long count(String filter) {
        currentUser.requireRole(Role.ADMIN);
        return users.countByUsernameContainingIgnoreCaseOrDisplayNameContainingIgnoreCase(filter, filter);
    }

    @Transactional
    public UserSummary create(NewUser request) {
        currentUser.requireRole(Role.ADMIN);
        return createUnchecked(request);
    }

    /** Creates a user without a logged-in administrator: only for start-up seeding. */
    @Transactional
    public UserSummary createInitialUser(NewUser request) {
        return createUnchecked(request);
    }

    private UserSummary createUnchecked(NewUser request) {
        String username = request.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("user name must be 3-60 letters, digits, '.', '_' or '-'");
        }
        if (users.existsByUsernameIgnoreCase(username)) {
            throw new IllegalArgumentException("user name " + username + " is taken");
        }
        checkPassword(request.password());
        String displayName = request.displayName().isBlank()
                ? username
                : request.displayName().strip();
        AppUser user = new AppUser(
                username, displayName, passwordEncoder.encode(request.password()), request.roles(), request.shopIds());
        return UserMapping.toSummary(users.save(user));
    }

    @Transactional
    public UserSummary assign(long userId, String displayName, Set<Role> roles, Set<Long> shopIds, boolean enabled) {
        UserSummary admin = currentUser.requireRole(Role.ADMIN);
        AppUser user = users.findById(userId).orElseThrow(() -> new IllegalArgumentException("no user " + userId));
        if (admin.id() == userId && (!roles.contains(Role.ADMIN) || !enabled)) {
            throw new IllegalArgumentException("you cannot remove your own administrator rights");
        }
        user.assign(roles, shopIds);
        user.enable(enabled);
        if (!displayName.isBlank()) {
            user.rename(displayName.strip());
        }
        return UserMapping.toSummary(user);
    }

    @Transactional
    public void resetPassword(long userId, String newPassword) {
        currentUser.requireRole(Role.ADMIN);
        checkPassword(newPassword);
        users.findById(userId)
                .orElseThrow(() -> new IllegalArgumentException("no user " + userId))
                .changePasswordHash(passwordEncoder.encode(newPassword));
    }

    /** Remembers the language the current user chose. */
    @Transactional
    public void preferLocale(String languageTag) {
        UserSummary me = currentUser.require();
        users.findById(me.id()).orElseThrow().preferLocale(languageTag);
    }

    public boolean anyUserExists() {
        return users.count() > 0;
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }
}
