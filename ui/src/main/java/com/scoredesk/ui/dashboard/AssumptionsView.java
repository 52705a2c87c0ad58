package com.scoredesk.ui.dashboard;

import com.scoredesk.settings.AssumptionItem;
import com.scoredesk.settings.AssumptionPreviews;
import com.scoredesk.settings.AssumptionScope;
import com.scoredesk.settings.ScorePreview;
import com.scoredesk.settings.ScoringAssumptions;
import com.scoredesk.settings.StoredAssumption;
import com.scoredesk.shop.ShopService;
import com.scoredesk.shop.ShopSummary;
import com.scoredesk.ui.layout.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.TreeSet;

/**
 * 假设参数 (administrators): the numbers the spec marks ASSUMED, per rule set and per industry or shop, with the
 * default of each and where it comes from; values are checked by the scoring module before they are stored.
 */
@Route(value = "dashboard/assumptions", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class AssumptionsView extends VerticalLayout implements HasDynamicTitle {

    private final ScoringAssumptions assumptions;
    private final AssumptionPreviews previews;
    private final Select<String> ruleSet = new Select<>();
    private final RadioButtonGroup<AssumptionScope.Kind> scopeKind = new RadioButtonGroup<>();
    private final ComboBox<String> industry = new ComboBox<>();
    private final Select<ShopSummary> shop = new Select<>();
    private final AssumptionGrids.Items items;
    private final AssumptionGrids.Stored stored = new AssumptionGrids.Stored();
    private final Span preview = new Span();

    public AssumptionsView(ScoringAssumptions assumptions, AssumptionPreviews previews, ShopService shops) {
        this.assumptions = assumptions;
        this.previews = previews;
        this.items = new AssumptionGrids.Items(this::edit);
        setWidthFull();
        ruleSet.setId("assumption-rule-set");
        ruleSet.setLabel(getTranslation("dashboard.assumptions.ruleSet"));
        ruleSet.setItems(assumptions.ruleSetIds());
        scopeKind.setId("assumption-scope");
        scopeKind.setItems(AssumptionScope.Kind.values());
        scopeKind.setItemLabelGenerator(kind -> getTranslation("dashboard.assumptions.scope." + kind.name()));
        var all = shops.allShops();
        TreeSet<String> industries = new TreeSet<>();
        industries.add("其他");
        all.forEach(s -> industries.add(s.industry()));
        industry.setId("assumption-industry");
        industry.setLabel(getTranslation("dashboard.assumptions.industry"));
        industry.setItems(industries);
        industry.setAllowCustomValue(true);
        industry.addCustomValueSetListener(event -> industry.setValue(event.getDetail()));
        shop.setId("assumption-shop");
        shop.setLabel(getTranslation("dashboard.assumptions.shop"));
        shop.setItems(all);
        shop.setItemLabelGenerator(ShopSummary::name);
        ruleSet.addValueChangeListener(event -> refresh());
        scopeKind.addValueChangeListener(event -> refresh());
        industry.addValueChangeListener(event -> refresh());
        shop.addValueChangeListener(event -> refresh());
        Button previewButton = new Button(getTranslation("dashboard.assumptions.preview"), click -> showPreview());
        previewButton.setId("assumption-preview");
        HorizontalLayout controls = new HorizontalLayout(ruleSet, scopeKind, industry, shop);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        stored.setItems(DataProvider.fromCallbacks(
                query -> assumptions.page(query.getOffset(), query.getLimit()).stream(),
                query -> (int) assumptions.count()));
        add(
                new H2(getTranslation("dashboard.nav.assumptions")),
                new DashboardNav(AssumptionsView.class),
                new Paragraph(getTranslation("dashboard.assumptions.intro")),
                new Paragraph(getTranslation("dashboard.assumptions.reach")),
                controls,
                items,
                new HorizontalLayout(previewButton, preview),
                new H3(getTranslation("dashboard.assumptions.stored")),
                stored);
        ruleSet.setValue(assumptions.ruleSetIds().getLast());
        scopeKind.setValue(AssumptionScope.Kind.INDUSTRY);
        industry.setValue("其他");
        all.stream().findFirst().ifPresent(shop::setValue);
    }

    private AssumptionScope scope() {
        return scopeKind.getValue() == AssumptionScope.Kind.SHOP && shop.getValue() != null
                ? new AssumptionScope(AssumptionScope.Kind.SHOP, shop.getValue().code())
                : new AssumptionScope(
                        AssumptionScope.Kind.INDUSTRY, industry.getValue() == null ? "其他" : industry.getValue());
    }

    private void refresh() {
        if (ruleSet.getValue() == null || scopeKind.getValue() == null) {
            return;
        }
        industry.setVisible(scopeKind.getValue() == AssumptionScope.Kind.INDUSTRY);
        shop.setVisible(scopeKind.getValue() == AssumptionScope.Kind.SHOP);
        Map<String, StoredAssumption> current = assumptions.stored(ruleSet.getValue(), scope());
        items.show(assumptions.catalog(ruleSet.getValue()), current);
    }

    private void edit(AssumptionItem item, StoredAssumption current) {
        new AssumptionEditor(assumptions, item, scope(), current, () -> {
                    refresh();
                    stored.getDataProvider().refreshAll();
                })
                .open();
    }

    private void showPreview() {
        if (shop.getValue() == null) {
            return;
        }
        ScorePreview result = previews.preview(shop.getValue().id());
        preview.setId("assumption-preview-result");
        preview.setText(getTranslation(
                "dashboard.assumptions.previewResult",
                result.shopName(),
                result.ruleSet(),
                Formats.plain(result.shippedTotal(), 2),
                Formats.plain(result.assumedTotal(), 2)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.nav.assumptions") + " · ScoreDesk";
    }
}
