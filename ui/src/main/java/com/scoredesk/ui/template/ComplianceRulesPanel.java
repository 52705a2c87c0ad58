package com.scoredesk.ui.template;

import com.scoredesk.compliance.ComplianceService;
import com.scoredesk.compliance.RuleDetail;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;

/**
 * The compliance rules: anyone can read them and try a reply against them; administrators open a rule to edit it
 * (its cases run before it is saved) or create one.
 */
class ComplianceRulesPanel extends VerticalLayout {

    private final ComplianceService compliance;
    private final boolean admin;
    private final Grid<RuleDetail> grid = new Grid<>();
    private final TextArea trial = new TextArea();
    private final ComplianceHitList hits = new ComplianceHitList();

    ComplianceRulesPanel(ComplianceService compliance, boolean admin) {
        this.compliance = compliance;
        this.admin = admin;
        setSizeFull();
        setPadding(false);
        trial.setId("compliance-try");
        trial.setLabel(getTranslation("templates.compliance.try"));
        trial.setPlaceholder(getTranslation("templates.compliance.try.placeholder"));
        trial.setWidthFull();
        Button check = new Button(
                getTranslation("templates.compliance.check"), e -> hits.show(compliance.check(trial.getValue()), true));
        check.setId("compliance-check");
        hits.setId("compliance-hits");
        configureGrid();
        HorizontalLayout bar = new HorizontalLayout();
        if (admin) {
            Button create = new Button(getTranslation("templates.rules.create"), e -> open(null));
            create.setId("rule-create");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(create);
        } else {
            bar.add(new Paragraph(getTranslation("templates.rules.readOnly")));
        }
        add(trial, check, hits, bar, grid);
    }

    private void configureGrid() {
        grid.setId("rule-grid");
        grid.addColumn(RuleDetail::name)
                .setHeader(getTranslation("templates.rules.column.name"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("templates.kind." + r.kind().name()))
                .setHeader(getTranslation("templates.rules.column.kind"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("templates.severity." + r.severity().name()))
                .setHeader(getTranslation("templates.rules.column.severity"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.enabled() ? "templates.rules.enabled" : "templates.rules.disabled"))
                .setHeader(getTranslation("templates.rules.column.enabled"))
                .setAutoWidth(true);
        grid.addColumn(RuleDetail::explanation).setFlexGrow(3);
        grid.setItems(query -> compliance.rules(query.getOffset(), query.getLimit()).stream(), query ->
                (int) compliance.countRules());
        grid.setMinHeight("320px");
        if (admin) {
            grid.addItemClickListener(click -> open(click.getItem()));
        }
    }

    private void open(@Nullable RuleDetail rule) {
        new ComplianceRuleEditor(compliance, rule, () -> grid.getDataProvider().refreshAll()).open();
    }
}
