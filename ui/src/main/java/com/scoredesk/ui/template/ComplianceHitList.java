package com.scoredesk.ui.template;

import com.scoredesk.compliance.ComplianceHit;
import com.scoredesk.compliance.ComplianceResult;
import com.scoredesk.compliance.MatchSpan;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Collectors;

/**
 * What the compliance check found in a text: for each rule its severity, name and kind, the words and where they
 * are, why it is not allowed and a safer wording. Empty when the text is clean (or when told to say so).
 */
public class ComplianceHitList extends Div {

    public ComplianceHitList() {
        addClassName("compliance-hits");
    }

    /** Shows {@code result}; {@code sayClean}: also say so when nothing hit. */
    public void show(ComplianceResult result, boolean sayClean) {
        removeAll();
        if (result.isClean()) {
            if (sayClean) {
                add(new Paragraph(getTranslation("templates.compliance.clean")));
            }
            return;
        }
        Paragraph heading = new Paragraph(
                getTranslation(result.isBlocked() ? "templates.compliance.blocked" : "templates.compliance.warned"));
        heading.addClassName(result.isBlocked() ? "compliance-blocked" : "compliance-warned");
        heading.setId("compliance-verdict");
        add(heading);
        result.hits().forEach(this::addHit);
    }

    public void clear() {
        removeAll();
    }

    private void addHit(ComplianceHit hit) {
        Div box = new Div();
        box.addClassName("compliance-hit");
        box.addClassName(hit.blocks() ? "compliance-hit-block" : "compliance-hit-warn");
        Span badge =
                new Span(getTranslation("templates.severity." + hit.severity().name()));
        badge.getElement().getThemeList().add(hit.blocks() ? "badge error" : "badge contrast");
        Span title = new Span(getTranslation(
                "templates.compliance.hit",
                hit.name(),
                getTranslation("templates.kind." + hit.kind().name())));
        title.addClassName("compliance-rule");
        String where = hit.spans().stream()
                .map(span -> getTranslation("templates.compliance.position", span.text(), position(span)))
                .collect(Collectors.joining("；"));
        box.add(
                badge,
                title,
                new Paragraph(getTranslation("templates.compliance.words", where)),
                new Paragraph(hit.explanation()),
                new Paragraph(getTranslation("templates.compliance.suggestion", hit.suggestion())));
        add(box);
    }

    private static int position(MatchSpan span) {
        return span.start() + 1;
    }
}
