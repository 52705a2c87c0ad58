package com.scoredesk.ui.dashboard;

import com.scoredesk.ui.component.ShopHeader;
import com.scoredesk.ui.layout.MainLayout;
import com.scoredesk.ui.layout.SelectedShop;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

@Route(value = "dashboard", layout = MainLayout.class)
@Menu(order = 4, icon = "vaadin:chart", title = "nav.dashboard")
@RolesAllowed({"SUPERVISOR", "ADMIN"})
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    public DashboardView(SelectedShop selectedShop) {
        setSizeFull();
        selectedShop
                .get()
                .ifPresentOrElse(
                        shop -> add(new ShopHeader("nav.dashboard", shop)),
                        () -> add(new Paragraph(getTranslation("shop.none"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard") + " · ScoreDesk";
    }
}
