package com.scoredesk.ui.appeal;

import com.scoredesk.appeal.AppealEvidence;
import com.scoredesk.appeal.AppealRefusedException;
import com.scoredesk.appeal.AppealService;
import com.scoredesk.appeal.AppealSummary;
import com.scoredesk.appeal.AppealableReview;
import com.scoredesk.appeal.AppealableReviewService;
import com.scoredesk.scoring.model.AppealStatus;
import com.scoredesk.ui.template.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/** One bad review: what it says, the evidence ScoreDesk found, and its appeal (started here, drafted, submitted). */
class AppealDetailPanel extends VerticalLayout {

    private final AppealService appeals;
    private final AppealableReviewService appealable;
    private final long shopId;
    private final Clock clock;
    private final Runnable onChanged;

    AppealDetailPanel(
            AppealService appeals, AppealableReviewService appealable, long shopId, Clock clock, Runnable onChanged) {
        this.appeals = appeals;
        this.appealable = appealable;
        this.shopId = shopId;
        this.clock = clock;
        this.onChanged = onChanged;
        setId("appeal-detail");
        show(null);
    }

    void show(@Nullable AppealableReview review) {
        removeAll();
        if (review == null) {
            add(new Paragraph(getTranslation("appeals.pick")));
            return;
        }
        add(new H4(getTranslation(
                "appeals.detail.review",
                review.productRating(),
                review.text() == null || review.text().isBlank() ? getTranslation("appeals.noText") : review.text())));
        add(new Paragraph(getTranslation(
                "appeals.detail.order", review.orderId(), dash(review.buyerNickname()), dash(review.productName()))));
        add(new Paragraph(getTranslation("appeals.detail.parcel", dash(review.courier()), dash(review.waybillNo()))));
        if (review.deadline() != null) {
            add(new Paragraph(getTranslation("appeals.detail.deadline", AppealTexts.time(this, review.deadline()))
                    + " · " + AppealTexts.left(this, review.deadline(), clock.instant())));
        }
        add(new H4(getTranslation("appeals.detail.evidence")));
        UnorderedList evidence = new UnorderedList();
        evidence.setId("appeal-evidence");
        for (AppealEvidence e : review.evidence()) {
            evidence.add(new ListItem(AppealTexts.evidence(this, e)));
        }
        add(review.evidence().isEmpty() ? new Paragraph(getTranslation("appeals.detail.noEvidence")) : evidence);
        if (!review.chatTranscripts()) {
            Paragraph noChat = new Paragraph(getTranslation("appeals.evidence.noChat"));
            noChat.addClassName("appeal-note");
            add(noChat);
        }
        add(new Paragraph(getTranslation(
                "appeals.detail.suggested",
                getTranslation("appeals.reason." + review.suggestedReason().name()))));
        add(new Paragraph(getTranslation(
                "appeals.detail.status",
                getTranslation("appeals.status." + review.appealStatus().name()))));
        addAppeal(review);
    }

    private void addAppeal(AppealableReview review) {
        if (review.appealId() != null) {
            AppealSummary appeal = appeals.appeal(shopId, review.appealId());
            if (appeal.status() == AppealStatus.DRAFT) {
                add(new AppealDraftEditor(appeals, appealable, shopId, review, appeal, onChanged));
            }
            return;
        }
        boolean open = review.isOpen(clock.instant())
                && (review.appealStatus() == AppealStatus.NONE || review.appealStatus() == AppealStatus.DRAFT);
        if (open) {
            Button start = new Button(getTranslation("appeals.draft.start"), e -> start(review));
            start.setId("appeal-start");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(start);
        }
    }

    private void start(AppealableReview review) {
        try {
            AppealSummary appeal = appeals.startDraft(shopId, review.reviewId());
            onChanged.run();
            appealable.review(shopId, review.reviewId()).ifPresent(this::show);
            if (appeal.status() != AppealStatus.DRAFT) {
                Notices.error(
                        getTranslation("appeals.detail.status", getTranslation("appeals.status." + appeal.status())));
            }
        } catch (AppealRefusedException refused) {
            Notices.error(AppealTexts.refused(this, refused));
        }
    }

    private static String dash(@Nullable String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
