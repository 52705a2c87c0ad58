package com.scoredesk.ui.template;

import com.scoredesk.appeal.AppealReason;
import com.scoredesk.compliance.ComplianceBlockedException;
import com.scoredesk.compliance.ComplianceService;
import com.scoredesk.shop.ShopSummary;
import com.scoredesk.template.StaleTemplateException;
import com.scoredesk.template.TemplateCategory;
import com.scoredesk.template.TemplateDraft;
import com.scoredesk.template.TemplateProblem;
import com.scoredesk.template.TemplateScope;
import com.scoredesk.template.TemplateService;
import com.scoredesk.template.TemplateSummary;
import com.scoredesk.template.TemplateSyntaxException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Creates or edits a template: title, category, scope, the text with its variables (unknown ones are pointed out by
 * position while typing), and a preview on a real order. Templates the user may not maintain open read-only.
 */
class TemplateEditor extends Dialog {

    private final TemplateService templates;
    private final ShopSummary shop;
    private final @Nullable TemplateSummary template;
    private final Runnable onChanged;
    private final TextField title = new TextField();
    private final Select<TemplateCategory> category = new Select<>();
    private final Select<TemplateScope> scope = new Select<>();
    private final Select<AppealReason> tag = new Select<>();
    private final TextArea body = new TextArea();
    private final Div problems = new Div();
    private final ComplianceHitList blocked = new ComplianceHitList();
    private final TemplatePreview preview;

    TemplateEditor(
            TemplateService templates,
            ComplianceService compliance,
            ShopSummary shop,
            @Nullable TemplateSummary template,
            Runnable onChanged) {
        this.templates = templates;
        this.shop = shop;
        this.template = template;
        this.onChanged = onChanged;
        this.preview = new TemplatePreview(templates, compliance, shop);
        boolean editable = template == null || template.editable();
        setId("template-editor");
        setWidth("760px");
        setHeaderTitle(getTranslation(
                template == null
                        ? "templates.editor.create"
                        : editable ? "templates.editor.edit" : "templates.editor.view"));
        configureFields(editable);
        problems.setId("template-problems");
        problems.addClassName("template-problems");
        FormLayout form = new FormLayout(title, category, scope, tag);
        add(form, body, new VariableChips(body, editable), problems, blocked, preview);
        if (editable) {
            Button save = new Button(getTranslation("templates.editor.save"), e -> save());
            save.setId("template-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(save);
            if (template != null) {
                Button delete = new Button(getTranslation("templates.editor.delete"), e -> delete());
                delete.setId("template-delete");
                delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
                getFooter().add(delete);
            }
        }
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()));
        preview.show(body.getValue());
        preview.pickFirstOrder();
    }

    private void configureFields(boolean editable) {
        title.setId("template-title");
        title.setLabel(getTranslation("templates.editor.title"));
        title.setMaxLength(80);
        category.setId("template-editor-category");
        category.setLabel(getTranslation("templates.editor.category"));
        category.setItems(TemplateCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("templates.category." + c.name()));
        category.addValueChangeListener(e -> tag.setVisible(e.getValue() == TemplateCategory.APPEAL));
        scope.setId("template-editor-scope");
        scope.setLabel(getTranslation("templates.editor.scope"));
        scope.setItems(TemplateScope.values());
        scope.setItemLabelGenerator(s -> getTranslation("templates.scope." + s.name()));
        tag.setId("template-editor-tag");
        tag.setLabel(getTranslation("templates.editor.tag"));
        tag.setItems(AppealReason.values());
        tag.setEmptySelectionAllowed(true);
        tag.setEmptySelectionCaption(getTranslation("templates.editor.tag.none"));
        tag.setItemLabelGenerator(r ->
                r == null ? getTranslation("templates.editor.tag.none") : getTranslation("appeals.reason." + r.name()));
        body.setId("template-body");
        body.setLabel(getTranslation("templates.editor.body"));
        body.setHelperText(getTranslation("templates.editor.body.help"));
        body.setWidthFull();
        body.setMaxLength(1000);
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.addValueChangeListener(e -> check());
        if (template == null) {
            category.setValue(TemplateCategory.PRE_SALE);
            scope.setValue(TemplateScope.PERSONAL);
            tag.setVisible(false);
        } else {
            title.setValue(template.title());
            category.setValue(template.category());
            scope.setValue(template.scope());
            tag.setValue(reasonOf(template.tag()));
            body.setValue(template.body());
        }
        scope.setReadOnly(template != null || !editable);
        List.of(title, body).forEach(field -> field.setReadOnly(!editable));
        category.setReadOnly(!editable);
        tag.setReadOnly(!editable);
    }

    private static @Nullable AppealReason reasonOf(@Nullable String code) {
        for (AppealReason reason : AppealReason.values()) {
            if (reason.code().equals(code)) {
                return reason;
            }
        }
        return null;
    }

    /** Points out unknown variables and brace problems by position, and refreshes the preview. */
    private void check() {
        problems.removeAll();
        blocked.clear();
        try {
            templates.preview(shop.id(), body.getValue(), com.scoredesk.template.TemplateValues.empty());
        } catch (TemplateSyntaxException bad) {
            bad.problems().forEach(p -> problems.add(new Paragraph(problem(p))));
        }
        preview.show(body.getValue());
    }

    private String problem(TemplateProblem p) {
        return getTranslation("templates.problem." + p.kind().name(), p.position(), p.token());
    }

    private void save() {
        if (title.getValue().isBlank() || body.getValue().isBlank()) {
            Notices.error(getTranslation("templates.editor.required"));
            return;
        }
        AppealReason reason = tag.getValue();
        TemplateDraft draft = new TemplateDraft(
                template == null ? null : template.id(),
                template == null ? 0 : template.version(),
                title.getValue(),
                body.getValue(),
                category.getValue(),
                scope.getValue(),
                category.getValue() == TemplateCategory.APPEAL && reason != null ? reason.code() : null);
        try {
            TemplateSummary saved = templates.save(shop.id(), draft);
            Notices.success(getTranslation("templates.editor.saved", saved.title()));
            onChanged.run();
            close();
        } catch (TemplateSyntaxException bad) {
            check();
        } catch (ComplianceBlockedException stopped) {
            blocked.show(stopped.result(), false);
        } catch (StaleTemplateException stale) {
            Notices.error(getTranslation("templates.editor.stale"));
        } catch (AccessDeniedException denied) {
            Notices.error(getTranslation("templates.editor.denied"));
        }
    }

    private void delete() {
        if (template == null) {
            return;
        }
        try {
            templates.delete(shop.id(), template.id(), template.version());
            Notices.success(getTranslation("templates.editor.deleted", template.title()));
            onChanged.run();
            close();
        } catch (StaleTemplateException stale) {
            Notices.error(getTranslation("templates.editor.stale"));
        } catch (AccessDeniedException denied) {
            Notices.error(getTranslation("templates.editor.denied"));
        }
    }
}
