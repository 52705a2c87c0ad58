package com.scoredesk.ui.workbench;

import com.scoredesk.ui.component.ShopHeader;
import com.scoredesk.ui.layout.MainLayout;
import com.scoredesk.ui.layout.SelectedShop;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

@Route(value = "", layout = MainLayout.class)
@Menu(order = 1, icon = "vaadin:clipboard-check", title = "nav.workbench")
@RolesAllowed({"AGENT", "SUPERVISOR", "ADMIN"})
public class WorkbenchView extends VerticalLayout implements HasDynamicTitle {

    public WorkbenchView(SelectedShop selectedShop) {
        setSizeFull();
        selectedShop
                .get()
                .ifPresentOrElse(
                        shop -> add(new ShopHeader("nav.workbench", shop)),
                        () -> add(new Paragraph(getTranslation("shop.none"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.workbench") + " · ScoreDesk";
    }
}
