package com.scoredesk.ui.workbench;

import com.scoredesk.compliance.ComplianceHit;
import com.scoredesk.compliance.ComplianceResult;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * The reply to a chat round: the text (typed, or a template filled from the item and edited), the template picker
 * ({@code /} in the empty box, or {@code t}), and the send button (Ctrl+Enter). Before anything is sent the compliance
 * check runs on the server; what it found is shown here: a blocking rule stops the send, warnings ask to confirm.
 */
class ReplyBox extends VerticalLayout {

    private final TextArea text = new TextArea();
    private final Div findings = new Div();
    private final Button send = new Button();
    private final Button sendAnyway = new Button();

    /**
     * @param onSend called with the text and whether the agent confirmed the warnings
     * @param onTemplates opens the template picker
     */
    ReplyBox(java.util.function.BiConsumer<String, Boolean> onSend, Runnable onTemplates) {
        setPadding(false);
        setSpacing(false);
        text.setId("wb-reply");
        text.setLabel(getTranslation("wb.reply.label"));
        text.setPlaceholder(getTranslation("wb.reply.placeholder"));
        text.setWidthFull();
        text.setMinHeight("6em");
        text.setMaxLength(2000);
        text.addValueChangeListener(e -> clearFindings());
        findings.setId("wb-compliance");
        send.setText(getTranslation("wb.reply.send"));
        send.setId("wb-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> onSend.accept(text.getValue(), false));
        sendAnyway.setText(getTranslation("wb.reply.sendAnyway"));
        sendAnyway.setId("wb-send-anyway");
        sendAnyway.setVisible(false);
        sendAnyway.addClickListener(e -> onSend.accept(text.getValue(), true));
        Button templates = new Button(getTranslation("wb.reply.templates"), e -> onTemplates.run());
        templates.setId("wb-template");
        add(text, findings, new HorizontalLayout(send, sendAnyway, templates));
    }

    String text() {
        return text.getValue();
    }

    void setText(String value) {
        text.setValue(value);
        text.focus();
    }

    void focus() {
        text.focus();
    }

    /** The compliance check stopped the text; nothing was sent. */
    void blocked(ComplianceResult result) {
        show(result, "wb.compliance.blocked");
        sendAnyway.setVisible(false);
    }

    /** Only warnings: the agent may send after reading them. */
    void warned(ComplianceResult result) {
        show(result, "wb.compliance.warned");
        sendAnyway.setVisible(true);
    }

    private void show(ComplianceResult result, String headingKey) {
        findings.removeAll();
        findings.getStyle().set("color", "var(--lumo-error-text-color)");
        findings.add(new Div(getTranslation(headingKey)));
        Consumer<ComplianceHit> line = hit -> findings.add(new Div(new Span(
                getTranslation("wb.compliance.hit", hit.name(), String.join("、", hit.words()), hit.suggestion()))));
        result.hits().forEach(line);
    }

    private void clearFindings() {
        findings.removeAll();
        sendAnyway.setVisible(false);
    }
}
