package com.scoredesk.ui.imports;

import com.scoredesk.apitoken.ApiTokenService;
import com.scoredesk.apitoken.ApiTokenSummary;
import com.scoredesk.apitoken.CreatedApiToken;
import com.scoredesk.shop.ShopSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** API 令牌: the shop's tokens; a new one is shown once, a revoked one stops working at once. Administrators only. */
class ApiTokenDialog extends Dialog {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final ShopSummary shop;
    private final ApiTokenService tokens;
    private final Grid<ApiTokenSummary> grid = new Grid<>();
    private final TextField name = new TextField();
    private final TextField created = new TextField();

    ApiTokenDialog(ShopSummary shop, ApiTokenService tokens) {
        this.shop = shop;
        this.tokens = tokens;
        setHeaderTitle(getTranslation("imports.tokens.title", shop.name()));
        setWidth("760px");
        name.setId("token-name");
        name.setPlaceholder(getTranslation("imports.tokens.name"));
        Button create = new Button(getTranslation("imports.tokens.create"), click -> create());
        create.setId("token-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        created.setId("token-created");
        created.setReadOnly(true);
        created.setWidthFull();
        created.setVisible(false);
        created.setHelperText(getTranslation("imports.tokens.once"));
        grid.setId("token-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(ApiTokenSummary::name).setHeader(getTranslation("imports.tokens.name"));
        grid.addColumn(t -> t.prefix() + "…").setHeader(getTranslation("imports.tokens.prefix"));
        grid.addColumn(t -> TIME.format(t.createdAt()) + " · " + t.createdBy())
                .setHeader(getTranslation("imports.tokens.created"));
        grid.addColumn(t -> t.lastUsedAt() == null ? "—" : TIME.format(t.lastUsedAt()))
                .setHeader(getTranslation("imports.tokens.used"));
        grid.addComponentColumn(this::revokeButton).setHeader(getTranslation("imports.tokens.state"));
        add(new Paragraph(getTranslation("imports.tokens.help")), new HorizontalLayout(name, create), created, grid);
        getFooter().add(new Button(getTranslation("imports.tokens.close"), click -> close()));
        refresh();
    }

    private void create() {
        CreatedApiToken token = tokens.create(shop.id(), name.getValue());
        created.setValue(token.token());
        created.setVisible(true);
        name.clear();
        refresh();
    }

    private com.vaadin.flow.component.Component revokeButton(ApiTokenSummary token) {
        if (!token.active()) {
            return new Paragraph(getTranslation("imports.tokens.revoked"));
        }
        Button revoke = new Button(getTranslation("imports.tokens.revoke"), click -> {
            tokens.revoke(token.id());
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        return revoke;
    }

    private void refresh() {
        grid.setItems(tokens.tokens(shop.id()));
    }
}
