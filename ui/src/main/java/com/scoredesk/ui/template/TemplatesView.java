package com.scoredesk.ui.template;

import com.scoredesk.ui.component.ShopHeader;
import com.scoredesk.ui.layout.MainLayout;
import com.scoredesk.ui.layout.SelectedShop;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

@Route(value = "templates", layout = MainLayout.class)
@Menu(order = 3, icon = "vaadin:comments-o", title = "nav.templates")
@RolesAllowed({"AGENT", "SUPERVISOR", "ADMIN"})
public class TemplatesView extends VerticalLayout implements HasDynamicTitle {

    public TemplatesView(SelectedShop selectedShop) {
        setSizeFull();
        selectedShop
                .get()
                .ifPresentOrElse(
                        shop -> add(new ShopHeader("nav.templates", shop)),
                        () -> add(new Paragraph(getTranslation("shop.none"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.templates") + " · ScoreDesk";
    }
}
