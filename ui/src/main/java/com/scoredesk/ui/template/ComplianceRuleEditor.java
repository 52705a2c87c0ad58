package com.scoredesk.ui.template;

import com.scoredesk.compliance.CaseOutcome;
import com.scoredesk.compliance.ComplianceService;
import com.scoredesk.compliance.InvalidRuleException;
import com.scoredesk.compliance.RuleCase;
import com.scoredesk.compliance.RuleDetail;
import com.scoredesk.compliance.RuleDraft;
import com.scoredesk.compliance.RuleKind;
import com.scoredesk.compliance.Severity;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/** An administrator edits a compliance rule: its matchers, its wording and its examples, which must pass to save. */
class ComplianceRuleEditor extends Dialog {

    private final ComplianceService compliance;
    private final @Nullable RuleDetail rule;
    private final Runnable onSaved;
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final Select<RuleKind> kind = new Select<>();
    private final Select<Severity> severity = new Select<>();
    private final TextArea keywords = new TextArea();
    private final TextArea patterns = new TextArea();
    private final TextArea exceptions = new TextArea();
    private final TextArea explanation = new TextArea();
    private final TextArea suggestion = new TextArea();
    private final TextArea hitCases = new TextArea();
    private final TextArea missCases = new TextArea();
    private final Checkbox enabled = new Checkbox();
    private final Div report = new Div();

    ComplianceRuleEditor(ComplianceService compliance, @Nullable RuleDetail rule, Runnable onSaved) {
        this.compliance = compliance;
        this.rule = rule;
        this.onSaved = onSaved;
        setId("rule-editor");
        setWidth("820px");
        setHeaderTitle(getTranslation(rule == null ? "templates.rule.editor.create" : "templates.rule.editor.edit"));
        code.setId("rule-code");
        code.setLabel(getTranslation("templates.rule.code"));
        code.setReadOnly(rule != null);
        name.setId("rule-name");
        name.setLabel(getTranslation("templates.rule.name"));
        kind.setLabel(getTranslation("templates.rule.kind"));
        kind.setItems(RuleKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("templates.kind." + k.name()));
        severity.setLabel(getTranslation("templates.rule.severity"));
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(s -> getTranslation("templates.severity." + s.name()));
        enabled.setLabel(getTranslation("templates.rule.enabled"));
        report.setId("rule-report");
        label(keywords, "templates.rule.keywords", "rule-keywords");
        label(patterns, "templates.rule.patterns", "rule-patterns");
        label(exceptions, "templates.rule.exceptions", "rule-exceptions");
        label(explanation, "templates.rule.explanation", "rule-explanation");
        label(suggestion, "templates.rule.suggestion", "rule-suggestion");
        label(hitCases, "templates.rule.hitCases", "rule-hit-cases");
        label(missCases, "templates.rule.missCases", "rule-miss-cases");
        fill();
        add(
                new FormLayout(code, name, kind, severity, enabled),
                keywords,
                patterns,
                exceptions,
                explanation,
                suggestion,
                hitCases,
                missCases,
                report);
        Button run = new Button(getTranslation("templates.rule.run"), e -> run());
        run.setId("rule-run");
        Button save = new Button(getTranslation("templates.editor.save"), e -> save());
        save.setId("rule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(run, save, new Button(getTranslation("action.cancel"), e -> close()));
    }

    private void fill() {
        if (rule == null) {
            kind.setValue(RuleKind.FORBIDDEN_PROMISE);
            severity.setValue(Severity.WARN);
            enabled.setValue(true);
            return;
        }
        code.setValue(rule.code());
        name.setValue(rule.name());
        kind.setValue(rule.kind());
        severity.setValue(rule.severity());
        keywords.setValue(String.join("\n", rule.keywords()));
        patterns.setValue(String.join("\n", rule.patterns()));
        exceptions.setValue(String.join("\n", rule.exceptions()));
        explanation.setValue(rule.explanation());
        suggestion.setValue(rule.suggestion());
        hitCases.setValue(String.join(
                "\n",
                rule.cases().stream()
                        .filter(RuleCase::expectHit)
                        .map(RuleCase::text)
                        .toList()));
        missCases.setValue(String.join(
                "\n",
                rule.cases().stream()
                        .filter(c -> !c.expectHit())
                        .map(RuleCase::text)
                        .toList()));
        enabled.setValue(rule.enabled());
    }

    private RuleDraft draft() {
        List<RuleCase> cases = new ArrayList<>();
        lines(hitCases).forEach(text -> cases.add(RuleCase.hit(text)));
        lines(missCases).forEach(text -> cases.add(RuleCase.miss(text)));
        return new RuleDraft(
                rule == null ? null : rule.id(),
                rule == null ? 0 : rule.version(),
                code.getValue(),
                name.getValue(),
                kind.getValue(),
                severity.getValue(),
                lines(keywords),
                lines(patterns),
                lines(exceptions),
                explanation.getValue(),
                suggestion.getValue(),
                enabled.getValue(),
                cases);
    }

    private void run() {
        report.removeAll();
        try {
            for (CaseOutcome outcome : compliance.tryCases(draft())) {
                report.add(new Paragraph(getTranslation(
                        outcome.passed() ? "templates.rule.case.passed" : "templates.rule.case.failed",
                        outcome.ruleCase().text())));
            }
        } catch (InvalidRuleException invalid) {
            showProblems(invalid);
        }
    }

    private void save() {
        report.removeAll();
        try {
            RuleDetail saved = compliance.save(draft());
            Notices.success(getTranslation("templates.rule.saved", saved.name()));
            onSaved.run();
            close();
        } catch (InvalidRuleException invalid) {
            showProblems(invalid);
        } catch (OptimisticLockingFailureException stale) {
            Notices.error(getTranslation("templates.rule.stale"));
        }
    }

    private void showProblems(InvalidRuleException invalid) {
        invalid.problems()
                .forEach(p -> report.add(new Paragraph(
                        getTranslation("templates.rule.problem." + p.kind().name(), p.detail()))));
    }

    private static List<String> lines(TextArea area) {
        return Stream.of(area.getValue().split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private void label(TextArea area, String labelKey, String id) {
        area.setId(id);
        area.setLabel(getTranslation(labelKey));
        area.setWidthFull();
    }
}
