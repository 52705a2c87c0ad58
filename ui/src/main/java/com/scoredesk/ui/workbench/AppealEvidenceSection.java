package com.scoredesk.ui.workbench;

import com.scoredesk.appeal.AppealEvidence;
import com.scoredesk.appeal.AppealableReview;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * What 差评申诉 found for a bad review: each piece of evidence, the reason it suggests, and the way to the appeal once
 * a draft exists.
 */
class AppealEvidenceSection extends VerticalLayout {

    AppealEvidenceSection(AppealableReview review) {
        setId("wb-appeal-evidence");
        setPadding(false);
        setSpacing(false);
        H4 title = new H4(getTranslation("wb.appeal.evidence"));
        title.getStyle().set("margin", "var(--lumo-space-s) 0 0 0");
        add(title);
        if (review.evidence().isEmpty()) {
            add(new Div(getTranslation("wb.appeal.evidence.none")));
        }
        for (AppealEvidence evidence : review.evidence()) {
            add(new Div(line(evidence)));
        }
        add(new Div(getTranslation(
                "wb.appeal.suggested",
                getTranslation("wb.appeal.reason." + review.suggestedReason().name()))));
        if (review.appealId() != null) {
            Anchor appeals = new Anchor("appeals", getTranslation("wb.appeal.continue"));
            appeals.setId("wb-appeal-link");
            add(appeals);
        }
    }

    private String line(AppealEvidence evidence) {
        List<String> parts = new ArrayList<>();
        parts.add(getTranslation("wb.appeal.kind." + evidence.kind().name()));
        if (evidence.at() != null) {
            parts.add(WorkbenchFormat.time(evidence.at()));
        }
        if (evidence.code() != null) {
            String code = WorkbenchFormat.code(this, "evidence", evidence.code());
            parts.add(code.startsWith("!") ? evidence.code() : code);
        }
        if (evidence.text() != null && !evidence.text().isBlank()) {
            parts.add(evidence.text());
        }
        return String.join(" · ", parts);
    }
}
