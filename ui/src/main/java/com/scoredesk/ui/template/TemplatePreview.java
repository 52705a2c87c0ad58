package com.scoredesk.ui.template;

import com.scoredesk.compliance.ComplianceService;
import com.scoredesk.shop.ShopSummary;
import com.scoredesk.template.OrderChoice;
import com.scoredesk.template.RenderedText;
import com.scoredesk.template.TemplateService;
import com.scoredesk.template.TemplateSyntaxException;
import com.scoredesk.template.TemplateValues;
import com.scoredesk.template.TemplateVariable;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A template's text filled from a real order of the shop (picked from a lazy, searchable list), with the variables
 * the order has no value for, and what the compliance check says about the result.
 */
class TemplatePreview extends VerticalLayout {

    private final TemplateService templates;
    private final ComplianceService compliance;
    private final ShopSummary shop;
    private final ComboBox<OrderChoice> order = new ComboBox<>();
    private final Paragraph text = new Paragraph();
    private final Paragraph missing = new Paragraph();
    private final ComplianceHitList hits = new ComplianceHitList();
    private TemplateValues values = TemplateValues.empty();
    private String body = "";

    TemplatePreview(TemplateService templates, ComplianceService compliance, ShopSummary shop) {
        this.templates = templates;
        this.compliance = compliance;
        this.shop = shop;
        setPadding(false);
        order.setId("template-preview-order");
        order.setLabel(getTranslation("templates.editor.previewOrder"));
        order.setPlaceholder(getTranslation("templates.editor.previewOrder.placeholder"));
        order.setWidthFull();
        order.setItemLabelGenerator(
                o -> o.orderId() + " · " + nonNull(o.buyerNickname()) + " · " + nonNull(o.productName()));
        order.setItems(query ->
                templates
                        .orderChoices(shop.id(), query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                        .stream());
        order.addValueChangeListener(e -> {
            values = e.getValue() == null
                    ? TemplateValues.empty()
                    : templates.valuesForOrder(shop.id(), e.getValue().orderId());
            render();
        });
        text.setId("template-preview");
        text.addClassName("template-preview");
        missing.setId("template-preview-missing");
        add(order, text, missing, hits);
    }

    /** Shows {@code newBody} filled from the chosen order; a body that does not parse shows nothing. */
    void show(String newBody) {
        body = newBody;
        render();
    }

    /** The first order of the shop, so that the preview shows real values at once. */
    void pickFirstOrder() {
        templates.orderChoices(shop.id(), "", 0, 1).stream().findFirst().ifPresent(order::setValue);
    }

    private void render() {
        try {
            RenderedText rendered = templates.preview(shop.id(), body, values);
            text.setText(rendered.text());
            missing.setText(
                    rendered.isComplete()
                            ? ""
                            : getTranslation(
                                    "templates.editor.missing",
                                    rendered.missing().stream()
                                            .map(TemplateVariable::placeholder)
                                            .collect(Collectors.joining("、"))));
            hits.show(compliance.check(rendered.text()), false);
        } catch (TemplateSyntaxException unparsable) {
            text.setText("");
            missing.setText("");
            hits.clear();
        }
    }

    private static String nonNull(@Nullable String value) {
        return value == null ? "—" : value;
    }
}
