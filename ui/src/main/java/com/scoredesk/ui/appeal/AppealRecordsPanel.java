package com.scoredesk.ui.appeal;

import com.scoredesk.appeal.AppealConflictException;
import com.scoredesk.appeal.AppealService;
import com.scoredesk.appeal.AppealSummary;
import com.scoredesk.scoring.model.AppealStatus;
import com.scoredesk.ui.template.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** 申诉记录: every appeal of the shop, latest change first; the platform's decision is recorded on submitted ones. */
class AppealRecordsPanel extends VerticalLayout {

    private final AppealService appeals;
    private final long shopId;
    private final Runnable onDecided;
    private final Select<AppealStatus> status = new Select<>();
    private final Grid<AppealSummary> grid = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();

    AppealRecordsPanel(AppealService appeals, long shopId, Runnable onDecided) {
        this.appeals = appeals;
        this.shopId = shopId;
        this.onDecided = onDecided;
        setSizeFull();
        setPadding(false);
        status.setId("appeal-records-status");
        status.setItems(AppealStatus.DRAFT, AppealStatus.SUBMITTED, AppealStatus.APPROVED, AppealStatus.REJECTED);
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("appeals.status.all"));
        status.setItemLabelGenerator(
                s -> s == null ? getTranslation("appeals.status.all") : getTranslation("appeals.status." + s.name()));
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        configureGrid();
        detail.setId("appeal-record-detail");
        add(status, grid, detail);
        show(null);
    }

    private void configureGrid() {
        grid.setId("appeal-records");
        grid.addColumn(AppealSummary::reviewId).setHeader(getTranslation("appeals.records.column.review"));
        grid.addColumn(AppealSummary::orderId).setHeader(getTranslation("appeals.column.order"));
        grid.addColumn(a -> getTranslation("appeals.status." + a.status().name()))
                .setHeader(getTranslation("appeals.column.status"));
        grid.addColumn(a -> getTranslation("appeals.reason." + a.reason().name()))
                .setHeader(getTranslation("appeals.draft.reason"));
        grid.addColumn(a -> by(a.createdBy(), a.createdAt()))
                .setHeader(getTranslation("appeals.records.column.createdBy"));
        grid.addColumn(a -> by(a.submittedBy(), a.submittedAt()))
                .setHeader(getTranslation("appeals.records.column.submitted"));
        grid.addColumn(a -> by(a.decidedBy(), a.decidedAt()))
                .setHeader(getTranslation("appeals.records.column.decided"));
        grid.setItems(
                query -> appeals.appeals(shopId, status.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) appeals.countAppeals(shopId, status.getValue()));
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
    }

    private String by(@Nullable String who, @Nullable Instant at) {
        return who == null ? "—" : getTranslation("appeals.records.by", who, AppealTexts.time(this, at));
    }

    private void show(@Nullable AppealSummary appeal) {
        detail.removeAll();
        if (appeal == null) {
            detail.add(new Paragraph(getTranslation("appeals.records.pick")));
            return;
        }
        detail.add(new Paragraph(appeal.text()));
        appeal.attachments().forEach(a -> detail.add(new Paragraph("· " + a)));
        if (appeal.decisionNote() != null) {
            detail.add(new Paragraph(appeal.decisionNote()));
        }
        if (appeal.status() == AppealStatus.DRAFT) {
            detail.add(new Paragraph(getTranslation("appeals.records.draftHint")));
        } else if (appeal.status() == AppealStatus.SUBMITTED) {
            TextField note = new TextField(getTranslation("appeals.records.note"));
            note.setId("appeal-decision-note");
            note.setWidthFull();
            Button approve =
                    new Button(getTranslation("appeals.records.approve"), e -> decide(appeal, true, note.getValue()));
            approve.setId("appeal-approve");
            approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            Button reject =
                    new Button(getTranslation("appeals.records.reject"), e -> decide(appeal, false, note.getValue()));
            reject.setId("appeal-reject");
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
            detail.add(note, new HorizontalLayout(approve, reject));
        }
    }

    private void decide(AppealSummary appeal, boolean approved, String note) {
        try {
            AppealSummary decided = appeals.recordDecision(shopId, appeal.id(), appeal.version(), approved, note);
            Notices.success(getTranslation(
                    "appeals.records.decided",
                    getTranslation("appeals.status." + decided.status().name())));
            onDecided.run();
        } catch (AppealConflictException conflict) {
            Notices.error(AppealTexts.conflict(this, conflict));
        }
        grid.getDataProvider().refreshAll();
        show(null);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
