package com.scoredesk.user;

import com.scoredesk.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A person who logs in. Holds only a password hash, never the password. */
@Entity
@Table(name = "app_user")
public class AppUser extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(length = 10)
    private @Nullable String locale;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<Role> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_shop", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "shop_id")
    private Set<Long> shopIds = new HashSet<>();

    protected AppUser() {}

    AppUser(String username, String displayName, String passwordHash, Set<Role> roles, Set<Long> shopIds) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        assign(roles, shopIds);
    }

    void assign(Set<Role> newRoles, Set<Long> newShopIds) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role");
        }
        roles.clear();
        roles.addAll(newRoles);
        shopIds.clear();
        shopIds.addAll(newShopIds);
    }

    void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    void enable(boolean on) {
        this.enabled = on;
    }

    void preferLocale(@Nullable String languageTag) {
        this.locale = languageTag;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public @Nullable String getLocale() {
        return locale;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Set<Long> getShopIds() {
        return Set.copyOf(shopIds);
    }
}
