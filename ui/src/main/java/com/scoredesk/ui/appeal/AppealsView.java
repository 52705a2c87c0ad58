package com.scoredesk.ui.appeal;

import com.scoredesk.ui.component.ShopHeader;
import com.scoredesk.ui.layout.MainLayout;
import com.scoredesk.ui.layout.SelectedShop;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

@Route(value = "appeals", layout = MainLayout.class)
@Menu(order = 2, icon = "vaadin:gavel", title = "nav.appeals")
@RolesAllowed({"AGENT", "SUPERVISOR", "ADMIN"})
public class AppealsView extends VerticalLayout implements HasDynamicTitle {

    public AppealsView(SelectedShop selectedShop) {
        setSizeFull();
        selectedShop
                .get()
                .ifPresentOrElse(
                        shop -> add(new ShopHeader("nav.appeals", shop)),
                        () -> add(new Paragraph(getTranslation("shop.none"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.appeals") + " · ScoreDesk";
    }
}
