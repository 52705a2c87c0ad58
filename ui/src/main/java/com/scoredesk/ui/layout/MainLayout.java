package com.scoredesk.ui.layout;

import com.scoredesk.shop.ShopSummary;
import com.scoredesk.ui.i18n.LanguageChoice;
import com.scoredesk.ui.i18n.ScoreDeskI18NProvider;
import com.scoredesk.user.CurrentUser;
import com.scoredesk.user.UserService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/** The frame of every view: title, shop selector, language switch, user and navigation. */
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final SelectedShop selectedShop;
    private final Select<ShopSummary> shops = new Select<>();

    public MainLayout(
            SelectedShop selectedShop,
            AuthenticationContext authentication,
            CurrentUser currentUser,
            UserService users) {
        this.selectedShop = selectedShop;
        setPrimarySection(Section.DRAWER);
        Span title = new Span(getTranslation("app.name"));
        title.addClassName("app-title");
        HorizontalLayout bar = new HorizontalLayout(
                new DrawerToggle(),
                title,
                shopSelector(),
                languageSwitch(users),
                userName(currentUser),
                logout(authentication));
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(title);
        bar.addClassName("app-bar");
        addToNavbar(bar);
        addToDrawer(navigation());
    }

    private Component shopSelector() {
        shops.setId("shop-selector");
        shops.setAriaLabel(getTranslation("layout.shop"));
        shops.setItems(selectedShop.choices());
        shops.setItemLabelGenerator(ShopSummary::name);
        selectedShop.get().ifPresent(shops::setValue);
        shops.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                selectedShop.select(event.getValue());
                UI.getCurrent().refreshCurrentRoute(false);
            }
        });
        return shops;
    }

    /** A view may select another shop (a link to an order of that shop): the selector follows. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        selectedShop.get().filter(shop -> !shop.equals(shops.getValue())).ifPresent(shops::setValue);
    }

    private Component languageSwitch(UserService users) {
        Select<Locale> language = new Select<>();
        language.setId("language-switch");
        language.setAriaLabel(getTranslation("layout.language"));
        language.setItems(ScoreDeskI18NProvider.CHINESE, ScoreDeskI18NProvider.ENGLISH);
        language.setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        language.setValue(ScoreDeskI18NProvider.supported(getLocale()));
        language.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                LanguageChoice.choose(UI.getCurrent().getSession(), event.getValue());
                users.preferLocale(event.getValue().toLanguageTag());
                UI.getCurrent().getPage().reload();
            }
        });
        return language;
    }

    private static Component userName(CurrentUser currentUser) {
        Span name = new Span(currentUser.find().map(user -> user.displayName()).orElse(""));
        name.setId("current-user");
        return name;
    }

    private Component logout(AuthenticationContext authentication) {
        Button logout = new Button(
                getTranslation("layout.logout"), VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return logout;
    }

    /** The menu comes from the views' {@code @Menu} annotations, filtered by what the user may open. */
    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            String[] icon = entry.icon() == null
                    ? new String[] {"vaadin", "circle"}
                    : entry.icon().split(":", 2);
            nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path(), new Icon(icon[0], icon[1])));
        });
        return nav;
    }
}
