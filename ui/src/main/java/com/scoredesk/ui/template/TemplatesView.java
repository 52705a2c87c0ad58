package com.scoredesk.ui.template;

import com.scoredesk.compliance.ComplianceService;
import com.scoredesk.shop.ShopSummary;
import com.scoredesk.template.SignOffCareService;
import com.scoredesk.template.TemplateService;
import com.scoredesk.ui.component.ShopHeader;
import com.scoredesk.ui.layout.MainLayout;
import com.scoredesk.ui.layout.SelectedShop;
import com.scoredesk.user.CurrentUser;
import com.scoredesk.user.Role;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 话术模板: the template library of the selected shop, the sign-off care messages waiting to be sent, and the
 * compliance rules every reply is checked against (administrators edit them here).
 */
@Route(value = "templates", layout = MainLayout.class)
@Menu(order = 3, icon = "vaadin:comments-o", title = "nav.templates")
@RolesAllowed({"AGENT", "SUPERVISOR", "ADMIN"})
public class TemplatesView extends VerticalLayout implements HasDynamicTitle {

    public TemplatesView(
            SelectedShop selectedShop,
            TemplateService templates,
            SignOffCareService care,
            ComplianceService compliance,
            CurrentUser currentUser) {
        setSizeFull();
        selectedShop
                .get()
                .ifPresentOrElse(
                        shop -> show(shop, templates, care, compliance, currentUser.hasRole(Role.ADMIN)),
                        () -> add(new Paragraph(getTranslation("shop.none"))));
    }

    private void show(
            ShopSummary shop,
            TemplateService templates,
            SignOffCareService care,
            ComplianceService compliance,
            boolean admin) {
        TabSheet tabs = new TabSheet();
        tabs.setId("templates-tabs");
        tabs.setSizeFull();
        Tab library = new Tab(getTranslation("templates.tab.library"));
        library.setId("templates-tab-library");
        Tab careTab = new Tab(getTranslation("templates.tab.care", care.countPending(shop.id())));
        careTab.setId("templates-tab-care");
        Tab rules = new Tab(getTranslation("templates.tab.rules"));
        rules.setId("templates-tab-rules");
        tabs.add(library, new TemplateLibrary(templates, compliance, shop));
        tabs.add(
                careTab,
                new SignOffCarePanel(
                        care, shop, count -> careTab.setLabel(getTranslation("templates.tab.care", count))));
        tabs.add(rules, new ComplianceRulesPanel(compliance, admin));
        add(new ShopHeader("nav.templates", shop), tabs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.templates") + " · ScoreDesk";
    }
}
