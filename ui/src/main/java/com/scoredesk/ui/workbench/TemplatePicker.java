package com.scoredesk.ui.workbench;

import com.scoredesk.template.TemplateCategory;
import com.scoredesk.template.TemplateFilter;
import com.scoredesk.template.TemplateService;
import com.scoredesk.template.TemplateSummary;
import com.scoredesk.template.TemplateValues;
import com.scoredesk.template.TemplateVariable;
import com.scoredesk.workbench.WorkItemRow;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/**
 * Picks a reply template for the item in hand: type to search, arrows and Enter (or a click) to take one. The
 * template is filled from the item's order (buyer, product, parcel, after-sale …) and handed over as plain text, which
 * stays editable in the reply box.
 */
class TemplatePicker extends Dialog {

    private final TemplateService templates;
    private final WorkItemRow item;
    private final Consumer<String> onPicked;
    private final TextField search = new TextField();
    private final Select<TemplateCategory> category = new Select<>();
    private final Grid<TemplateSummary> list = new Grid<>();

    TemplatePicker(TemplateService templates, WorkItemRow item, Consumer<String> onPicked) {
        this.templates = templates;
        this.item = item;
        this.onPicked = onPicked;
        setId("wb-template-picker");
        setHeaderTitle(getTranslation("wb.template.title"));
        setWidth("640px");
        search.setId("wb-template-search");
        search.setPlaceholder(getTranslation("wb.template.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        search.addValueChangeListener(e -> list.getDataProvider().refreshAll());
        search.addKeyDownListener(Key.ENTER, e -> list.getSelectedItems().stream()
                .findFirst()
                .or(this::first)
                .ifPresent(this::pick));
        search.addKeyDownListener(Key.ARROW_DOWN, e -> first().ifPresent(list::select));
        category.setId("wb-template-category");
        category.setItems(TemplateCategory.values());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("wb.template.category.all"));
        category.setItemLabelGenerator(c -> c == null
                ? getTranslation("wb.template.category.all")
                : getTranslation("wb.template.category." + c.name()));
        category.addValueChangeListener(e -> list.getDataProvider().refreshAll());
        list.setId("wb-template-list");
        list.addThemeVariants(GridVariant.LUMO_COMPACT);
        list.addColumn(TemplateSummary::title)
                .setHeader(getTranslation("wb.template.name"))
                .setAutoWidth(true);
        list.addColumn(TemplateSummary::body)
                .setHeader(getTranslation("wb.template.body"))
                .setFlexGrow(3);
        list.setItems(query -> templates.find(item.shopId(), filter(), query.getOffset(), query.getLimit()).stream());
        list.addItemClickListener(e -> pick(e.getItem()));
        list.setHeight("320px");
        add(search, category, list);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                search.focus();
            }
        });
    }

    /** Takes {@code template}: fills it from the item and counts the use. */
    void pick(TemplateSummary template) {
        String text = templates.use(item.shopId(), template.id(), values()).text();
        onPicked.accept(text);
        close();
    }

    private java.util.Optional<TemplateSummary> first() {
        return templates.find(item.shopId(), filter(), 0, 1).stream().findFirst();
    }

    private TemplateFilter filter() {
        return new TemplateFilter(category.getValue(), null, search.getValue());
    }

    private TemplateValues values() {
        TemplateValues values = item.orderId() == null
                ? TemplateValues.empty()
                : templates.valuesForOrder(item.shopId(), item.orderId());
        if (values.get(TemplateVariable.BUYER_NICKNAME).isEmpty() && item.buyer() != null) {
            values = values.with(TemplateVariable.BUYER_NICKNAME, item.buyer());
        }
        return values;
    }
}
