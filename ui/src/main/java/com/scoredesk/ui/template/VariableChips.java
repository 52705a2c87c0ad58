package com.scoredesk.ui.template;

import com.scoredesk.template.TemplateVariable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextArea;

/** One button per known variable; a click appends the variable to the text being edited. */
class VariableChips extends FlexLayout {

    VariableChips(TextArea body, boolean enabled) {
        setId("template-variables");
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(Alignment.BASELINE);
        add(new Span(getTranslation("templates.editor.variables")));
        for (TemplateVariable variable : TemplateVariable.values()) {
            Button chip =
                    new Button(variable.placeholder(), e -> body.setValue(body.getValue() + variable.placeholder()));
            chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            chip.setEnabled(enabled);
            add(chip);
        }
    }
}
