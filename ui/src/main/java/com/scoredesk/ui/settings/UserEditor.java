package com.scoredesk.ui.settings;

import com.scoredesk.shop.ShopSummary;
import com.scoredesk.user.NewUser;
import com.scoredesk.user.Role;
import com.scoredesk.user.UserService;
import com.scoredesk.user.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Creates a user, or changes an existing user's roles, shops, status and password. */
class UserEditor extends Dialog {

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final PasswordField password = new PasswordField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final MultiSelectComboBox<ShopSummary> shops = new MultiSelectComboBox<>();
    private final Checkbox enabled = new Checkbox();

    UserEditor(
            UserService users,
            Collection<ShopSummary> allShops,
            @Nullable UserSummary user,
            Consumer<UserSummary> onSaved) {
        setId("user-editor");
        setHeaderTitle(getTranslation(user == null ? "settings.users.create" : "settings.users.edit"));
        username.setId("user-username");
        username.setLabel(getTranslation("settings.users.username"));
        displayName.setId("user-display-name");
        displayName.setLabel(getTranslation("settings.users.displayName"));
        password.setId("user-password");
        password.setLabel(getTranslation(user == null ? "settings.users.password" : "settings.users.newPassword"));
        roles.setId("user-roles");
        roles.setLabel(getTranslation("settings.users.roles"));
        roles.setItems(EnumSet.allOf(Role.class));
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        shops.setId("user-shops");
        shops.setLabel(getTranslation("settings.users.shops"));
        shops.setItems(allShops);
        shops.setItemLabelGenerator(ShopSummary::name);
        enabled.setId("user-enabled");
        enabled.setLabel(getTranslation("settings.users.enabled"));
        enabled.setValue(true);
        if (user != null) {
            username.setValue(user.username());
            username.setReadOnly(true);
            displayName.setValue(user.displayName());
            roles.setValue(user.roles());
            shops.setValue(allShops.stream()
                    .filter(shop -> user.shopIds().contains(shop.id()))
                    .collect(Collectors.toSet()));
            enabled.setValue(user.enabled());
        }
        add(new FormLayout(username, displayName, password, roles, shops, enabled));
        Button save = new Button(getTranslation("action.save"), click -> save(users, user, onSaved));
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void save(UserService users, @Nullable UserSummary user, Consumer<UserSummary> onSaved) {
        Set<Long> shopIds = shops.getValue().stream().map(ShopSummary::id).collect(Collectors.toSet());
        try {
            UserSummary saved;
            if (user == null) {
                saved = users.create(new NewUser(
                        username.getValue(), displayName.getValue(), password.getValue(), roles.getValue(), shopIds));
            } else {
                saved = users.assign(user.id(), displayName.getValue(), roles.getValue(), shopIds, enabled.getValue());
                if (!password.getValue().isEmpty()) {
                    users.resetPassword(user.id(), password.getValue());
                }
            }
            onSaved.accept(saved);
            Notification.show(getTranslation("settings.users.saved", saved.username()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
        } catch (IllegalArgumentException e) {
            Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
