package com.scoredesk.ui.component;

import com.scoredesk.shop.ShopSummary;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The view's title with the shop it is about. */
public class ShopHeader extends Composite<HorizontalLayout> {

    public ShopHeader(String titleKey, ShopSummary shop) {
        H2 title = new H2(getTranslation(titleKey));
        Span name = new Span(shop.name());
        name.setId("shop-name");
        name.addClassName("shop-name");
        Span details = new Span(shop.industry() + " · "
                + getTranslation("shop.type." + shop.shopType().name()));
        details.addClassName("shop-details");
        getContent().add(title, name, details);
        getContent().setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
    }
}
