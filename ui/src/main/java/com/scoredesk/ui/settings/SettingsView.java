package com.scoredesk.ui.settings;

import com.scoredesk.shop.ShopService;
import com.scoredesk.shop.ShopSummary;
import com.scoredesk.ui.layout.MainLayout;
import com.scoredesk.user.UserService;
import com.scoredesk.user.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** 设置: administrators create users and assign their roles and shops. */
@Route(value = "settings", layout = MainLayout.class)
@Menu(order = 5, icon = "vaadin:cog", title = "nav.settings")
@RolesAllowed("ADMIN")
public class SettingsView extends VerticalLayout implements HasDynamicTitle {

    private final UserService users;
    private final Grid<UserSummary> grid = new Grid<>();
    private final TextField filter = new TextField();
    private final Map<Long, ShopSummary> shopsById;

    public SettingsView(UserService users, ShopService shops) {
        this.users = users;
        this.shopsById = shops.allShops().stream().collect(Collectors.toMap(ShopSummary::id, Function.identity()));
        setSizeFull();
        filter.setId("user-filter");
        filter.setPlaceholder(getTranslation("settings.users.filter"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        Button create = new Button(getTranslation("settings.users.create"), click -> openEditor(null));
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        configureGrid();
        add(new H2(getTranslation("settings.users.title")), new HorizontalLayout(filter, create), grid);
    }

    private void configureGrid() {
        grid.setId("user-grid");
        grid.addColumn(UserSummary::username).setHeader(getTranslation("settings.users.username"));
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("settings.users.displayName"));
        grid.addColumn(user -> user.roles().stream()
                        .map(role -> getTranslation("role." + role.name()))
                        .sorted()
                        .collect(Collectors.joining("、")))
                .setHeader(getTranslation("settings.users.roles"));
        grid.addColumn(user -> user.shopIds().stream()
                        .map(shopsById::get)
                        .filter(shop -> shop != null)
                        .map(ShopSummary::name)
                        .sorted()
                        .collect(Collectors.joining("、")))
                .setHeader(getTranslation("settings.users.shops"));
        grid.addColumn(user -> getTranslation(user.enabled() ? "settings.users.enabled" : "settings.users.disabled"))
                .setHeader(getTranslation("settings.users.status"));
        grid.setItems(query -> users.find(filter.getValue(), query.getOffset(), query.getLimit()).stream(), query ->
                (int) users.count(filter.getValue()));
        grid.addItemClickListener(click -> openEditor(click.getItem()));
    }

    private void openEditor(UserSummary user) {
        new UserEditor(users, shopsById.values(), user, saved -> grid.getDataProvider()
                        .refreshAll())
                .open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.settings") + " · ScoreDesk";
    }
}
