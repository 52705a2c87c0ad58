package com.scoredesk.ui.template;

import com.scoredesk.compliance.ComplianceService;
import com.scoredesk.shop.ShopSummary;
import com.scoredesk.template.TemplateCategory;
import com.scoredesk.template.TemplateFilter;
import com.scoredesk.template.TemplateScope;
import com.scoredesk.template.TemplateService;
import com.scoredesk.template.TemplateSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;

/** The template library of a shop: filter by category and scope, search, most used first, open to edit or preview. */
class TemplateLibrary extends VerticalLayout {

    private final TemplateService templates;
    private final ComplianceService compliance;
    private final ShopSummary shop;
    private final Select<TemplateCategory> category = new Select<>();
    private final Select<TemplateScope> scope = new Select<>();
    private final TextField search = new TextField();
    private final Grid<TemplateSummary> grid = new Grid<>();
    private final Span count = new Span();

    TemplateLibrary(TemplateService templates, ComplianceService compliance, ShopSummary shop) {
        this.templates = templates;
        this.compliance = compliance;
        this.shop = shop;
        setSizeFull();
        setPadding(false);
        configureFilters();
        configureGrid();
        Button create = new Button(getTranslation("templates.create"), e -> open(null));
        create.setId("template-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(category, scope, search, create, count);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(bar, grid);
        refresh();
    }

    private void configureFilters() {
        category.setId("template-category");
        category.setItems(TemplateCategory.values());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("templates.category.all"));
        category.setItemLabelGenerator(c -> c == null
                ? getTranslation("templates.category.all")
                : getTranslation("templates.category." + c.name()));
        category.addValueChangeListener(e -> refresh());
        scope.setId("template-scope");
        scope.setItems(TemplateScope.values());
        scope.setEmptySelectionAllowed(true);
        scope.setEmptySelectionCaption(getTranslation("templates.scope.all"));
        scope.setItemLabelGenerator(
                s -> s == null ? getTranslation("templates.scope.all") : getTranslation("templates.scope." + s.name()));
        scope.addValueChangeListener(e -> refresh());
        search.setId("template-search");
        search.setPlaceholder(getTranslation("templates.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
    }

    private void configureGrid() {
        grid.setId("template-grid");
        grid.addColumn(TemplateSummary::title)
                .setHeader(getTranslation("templates.column.title"))
                .setAutoWidth(true);
        grid.addColumn(t -> getTranslation("templates.category." + t.category().name()))
                .setHeader(getTranslation("templates.column.category"))
                .setAutoWidth(true);
        grid.addColumn(t -> getTranslation("templates.scope." + t.scope().name()))
                .setHeader(getTranslation("templates.column.scope"))
                .setAutoWidth(true);
        grid.addColumn(TemplateSummary::usageCount)
                .setHeader(getTranslation("templates.column.usage"))
                .setAutoWidth(true);
        grid.addColumn(TemplateSummary::body)
                .setHeader(getTranslation("templates.column.body"))
                .setFlexGrow(3);
        grid.setItems(
                query -> templates.find(shop.id(), filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) templates.count(shop.id(), filter()));
        grid.addItemClickListener(click -> open(click.getItem()));
    }

    private TemplateFilter filter() {
        return new TemplateFilter(category.getValue(), scope.getValue(), search.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("templates.count", templates.count(shop.id(), filter())));
    }

    private void open(@Nullable TemplateSummary template) {
        new TemplateEditor(templates, compliance, shop, template, this::refresh).open();
    }
}
