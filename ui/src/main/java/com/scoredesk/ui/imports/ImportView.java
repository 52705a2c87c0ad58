package com.scoredesk.ui.imports;

import com.scoredesk.apitoken.ApiTokenService;
import com.scoredesk.importing.ImportService;
import com.scoredesk.shop.ShopSummary;
import com.scoredesk.ui.layout.MainLayout;
import com.scoredesk.ui.layout.SelectedShop;
import com.scoredesk.user.CurrentUser;
import com.scoredesk.user.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 数据导入: supervisors and administrators upload a shop's 抖店 exports or bundle files (CSV, {@code .xlsx}, a
 * {@code .zip}); the import runs in the background with a progress bar and ends with a report per file and the
 * rejected rows as a CSV download. Administrators also manage the shop's API tokens here.
 */
@Route(value = "settings/import", layout = MainLayout.class)
@Menu(order = 6, icon = "vaadin:upload", title = "nav.imports")
@RolesAllowed({"SUPERVISOR", "ADMIN"})
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    public ImportView(SelectedShop selectedShop, ImportService importer, ApiTokenService tokens, CurrentUser user) {
        setWidthFull();
        selectedShop
                .get()
                .ifPresentOrElse(
                        shop -> show(shop, importer, tokens, user),
                        () -> add(new Paragraph(getTranslation("shop.none"))));
    }

    private void show(ShopSummary shop, ImportService importer, ApiTokenService tokens, CurrentUser user) {
        add(new H2(getTranslation("imports.title", shop.name())));
        add(new Paragraph(getTranslation("imports.help")));
        add(new ImportPanel(shop, importer));
        if (user.hasRole(Role.ADMIN)) {
            Button manage =
                    new Button(getTranslation("imports.tokens.open"), click -> new ApiTokenDialog(shop, tokens).open());
            manage.setId("api-tokens");
            add(manage);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.imports") + " · ScoreDesk";
    }
}
