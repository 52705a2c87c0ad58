package com.scoredesk.ui.dashboard;

import static com.scoredesk.ui.dashboard.Formats.t;

import com.scoredesk.settings.AssumptionItem;
import com.scoredesk.settings.AssumptionScope;
import com.scoredesk.settings.ScoringAssumptions;
import com.scoredesk.settings.StoredAssumption;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/** Sets or clears one assumption; the scoring module checks the value, and a refusal is shown with its reason. */
class AssumptionEditor extends Dialog {

    AssumptionEditor(
            ScoringAssumptions assumptions,
            AssumptionItem item,
            AssumptionScope scope,
            @Nullable StoredAssumption current,
            Runnable onChange) {
        setId("assumption-editor");
        setHeaderTitle(AssumptionGrids.name(item.kind(), item.itemId()));
        TextField value = new TextField(t("dashboard.assumptions.value"));
        value.setId("assumption-value");
        value.setWidthFull();
        value.setValue(current == null ? item.defaultValue() : current.value());
        value.setHelperText(t("dashboard.assumptions.help." + item.kind().name(), item.defaultValue()));
        TextField note = new TextField(t("dashboard.assumptions.note"));
        note.setId("assumption-note");
        note.setWidthFull();
        note.setValue(current == null || current.note() == null ? "" : current.note());
        add(
                new Paragraph(t(
                        "dashboard.assumptions.editFor",
                        t("dashboard.assumptions.scope." + scope.kind().name()),
                        scope.value(),
                        item.ruleSet())),
                value,
                note);
        Button save = new Button(t("action.save"), click -> {
            try {
                assumptions.save(
                        item.ruleSet(),
                        scope,
                        item.kind(),
                        item.itemId(),
                        value.getValue(),
                        note.getValue().isBlank() ? null : note.getValue());
                onChange.run();
                close();
            } catch (IllegalArgumentException refused) {
                value.setInvalid(true);
                value.setErrorMessage(t("dashboard.assumptions.refused", refused.getMessage()));
            }
        });
        save.setId("assumption-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button clear = new Button(t("dashboard.assumptions.clear"), click -> {
            assumptions.remove(item.ruleSet(), scope, item.kind(), item.itemId());
            onChange.run();
            close();
        });
        clear.setId("assumption-clear");
        clear.setEnabled(current != null);
        getFooter().add(clear, new Button(t("action.cancel"), click -> close()), save);
    }
}
