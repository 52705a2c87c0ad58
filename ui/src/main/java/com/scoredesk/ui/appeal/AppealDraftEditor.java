package com.scoredesk.ui.appeal;

import com.scoredesk.appeal.AppealConflictException;
import com.scoredesk.appeal.AppealDraft;
import com.scoredesk.appeal.AppealLimits;
import com.scoredesk.appeal.AppealReason;
import com.scoredesk.appeal.AppealRefusedException;
import com.scoredesk.appeal.AppealService;
import com.scoredesk.appeal.AppealSummary;
import com.scoredesk.appeal.AppealableReview;
import com.scoredesk.appeal.AppealableReviewService;
import com.scoredesk.compliance.ComplianceBlockedException;
import com.scoredesk.compliance.ComplianceWarningException;
import com.scoredesk.ui.template.ComplianceHitList;
import com.scoredesk.ui.template.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.stream.Stream;

/**
 * The draft of an appeal: the reason, the text (with the platform's character limit counted as you type), the
 * evidence images to attach, and the steps: save, submit (after the compliance check; warnings ask to confirm).
 */
class AppealDraftEditor extends VerticalLayout {

    private final AppealService appeals;
    private final AppealableReviewService appealable;
    private final long shopId;
    private final AppealableReview review;
    private final Runnable onChanged;
    private final AppealLimits limits;
    private final Select<AppealReason> reason = new Select<>();
    private final TextArea text = new TextArea();
    private final Span length = new Span();
    private final TextArea attachments = new TextArea();
    private final Span images = new Span();
    private final ComplianceHitList hits = new ComplianceHitList();
    private final Button submitAnyway = new Button();
    private AppealSummary appeal;

    AppealDraftEditor(
            AppealService appeals,
            AppealableReviewService appealable,
            long shopId,
            AppealableReview review,
            AppealSummary appeal,
            Runnable onChanged) {
        this.appeals = appeals;
        this.appealable = appealable;
        this.shopId = shopId;
        this.review = review;
        this.appeal = appeal;
        this.onChanged = onChanged;
        this.limits = appealable.limits();
        setPadding(false);
        reason.setId("appeal-reason");
        reason.setLabel(getTranslation("appeals.draft.reason"));
        reason.setItems(AppealReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("appeals.reason." + r.name()));
        Button regenerate = new Button(getTranslation("appeals.draft.regenerate"), e -> regenerate());
        regenerate.setId("appeal-regenerate");
        text.setId("appeal-text");
        text.setLabel(getTranslation("appeals.draft.text"));
        text.setWidthFull();
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.addValueChangeListener(e -> count());
        length.setId("appeal-length");
        attachments.setId("appeal-attachments");
        attachments.setLabel(getTranslation("appeals.draft.attachments"));
        attachments.setWidthFull();
        attachments.setValueChangeMode(ValueChangeMode.EAGER);
        attachments.addValueChangeListener(e -> count());
        images.setId("appeal-images");
        Button save = new Button(getTranslation("appeals.draft.save"), e -> save());
        save.setId("appeal-save");
        Button submit = new Button(getTranslation("appeals.draft.submit"), e -> submit(false));
        submit.setId("appeal-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submitAnyway.setText(getTranslation("appeals.draft.submitAnyway"));
        submitAnyway.setId("appeal-submit-anyway");
        submitAnyway.setVisible(false);
        submitAnyway.addClickListener(e -> submit(true));
        add(
                new HorizontalLayout(reason, regenerate),
                text,
                length,
                attachments,
                images,
                hits,
                new HorizontalLayout(save, submit, submitAnyway));
        fill(appeal.reason(), appeal.text(), appeal.attachments());
    }

    private void fill(AppealReason newReason, String newText, List<String> newAttachments) {
        reason.setValue(newReason);
        text.setValue(newText);
        attachments.setValue(String.join("\n", newAttachments));
        count();
    }

    private void count() {
        int characters = text.getValue().codePointCount(0, text.getValue().length());
        length.setText(getTranslation("appeals.draft.length", characters, limits.maxCharacters()));
        length.getStyle().set("color", characters > limits.maxCharacters() ? "var(--lumo-error-text-color)" : "");
        int imageCount = attachmentLines().size();
        images.setText(getTranslation("appeals.draft.images", imageCount, limits.maxImages()));
        images.getStyle().set("color", imageCount > limits.maxImages() ? "var(--lumo-error-text-color)" : "");
        hits.clear();
        submitAnyway.setVisible(false);
    }

    private void regenerate() {
        AppealDraft draft = appealable.draftFor(shopId, review, reason.getValue());
        fill(draft.reason(), draft.text(), draft.attachments());
    }

    private boolean save() {
        try {
            appeal = appeals.saveDraft(
                    shopId, appeal.id(), appeal.version(), reason.getValue(), text.getValue(), attachmentLines());
            Notices.success(getTranslation("appeals.draft.saved"));
            return true;
        } catch (AppealConflictException conflict) {
            Notices.error(AppealTexts.conflict(this, conflict));
            onChanged.run();
        } catch (AppealRefusedException refused) {
            Notices.error(AppealTexts.refused(this, refused));
        }
        return false;
    }

    private void submit(boolean confirmed) {
        if (!save()) {
            return;
        }
        try {
            appeal = appeals.submit(shopId, appeal.id(), appeal.version(), confirmed);
            Notices.success(getTranslation("appeals.draft.submitted"));
            onChanged.run();
        } catch (ComplianceBlockedException blocked) {
            hits.show(blocked.result(), false);
        } catch (ComplianceWarningException warned) {
            hits.show(warned.result(), false);
            submitAnyway.setVisible(true);
        } catch (AppealConflictException conflict) {
            Notices.error(AppealTexts.conflict(this, conflict));
            onChanged.run();
        } catch (AppealRefusedException refused) {
            Notices.error(AppealTexts.refused(this, refused));
        }
    }

    private List<String> attachmentLines() {
        return Stream.of(attachments.getValue().split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
