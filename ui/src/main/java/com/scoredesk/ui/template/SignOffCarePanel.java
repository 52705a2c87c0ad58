package com.scoredesk.ui.template;

import com.scoredesk.compliance.ComplianceBlockedException;
import com.scoredesk.compliance.ComplianceWarningException;
import com.scoredesk.shop.ShopSummary;
import com.scoredesk.template.CareAlreadySentException;
import com.scoredesk.template.CareCandidate;
import com.scoredesk.template.CareDraft;
import com.scoredesk.template.SignOffCareService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * 签收关怀: orders signed in the last days without a care message, latest first; pick one, adjust the message
 * (the most used 签收关怀 template filled from the order) and send it past the compliance check.
 */
class SignOffCarePanel extends SplitLayout {

    private final SignOffCareService care;
    private final ShopSummary shop;
    private final LongConsumer onCountChanged;
    private final Grid<CareCandidate> grid = new Grid<>();
    private final Paragraph hint = new Paragraph();
    private final TextArea message = new TextArea();
    private final ComplianceHitList hits = new ComplianceHitList();
    private final Button send = new Button();
    private final Button sendAnyway = new Button();
    private @Nullable CareDraft draft;

    SignOffCarePanel(SignOffCareService care, ShopSummary shop, LongConsumer onCountChanged) {
        this.care = care;
        this.shop = shop;
        this.onCountChanged = onCountChanged;
        setSizeFull();
        configureGrid();
        message.setId("care-message");
        message.setLabel(getTranslation("templates.care.message"));
        message.setWidthFull();
        message.setMaxLength(1000);
        message.addValueChangeListener(e -> {
            hits.clear();
            sendAnyway.setVisible(false);
        });
        send.setText(getTranslation("templates.care.send"));
        send.setId("care-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> send(false));
        sendAnyway.setText(getTranslation("templates.care.sendAnyway"));
        sendAnyway.setId("care-send-anyway");
        sendAnyway.setVisible(false);
        sendAnyway.addClickListener(e -> send(true));
        hint.setId("care-hint");
        VerticalLayout detail = new VerticalLayout(hint, message, hits, new HorizontalLayout(send, sendAnyway));
        addToPrimary(grid);
        addToSecondary(detail);
        setSplitterPosition(55);
        show(null);
    }

    private void configureGrid() {
        grid.setId("care-grid");
        grid.addColumn(CareCandidate::orderId)
                .setHeader(getTranslation("templates.care.column.order"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.buyerNickname() == null ? "—" : c.buyerNickname())
                .setHeader(getTranslation("templates.care.column.buyer"));
        grid.addColumn(c -> c.productName() == null ? "—" : c.productName())
                .setHeader(getTranslation("templates.care.column.product"));
        grid.addColumn(c -> LocalTimes.dateTime(c.signedAt(), getLocale()))
                .setHeader(getTranslation("templates.care.column.signed"))
                .setAutoWidth(true);
        grid.setItems(query -> care.pending(shop.id(), query.getOffset(), query.getLimit()).stream(), query ->
                (int) care.countPending(shop.id()));
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
    }

    private void show(@Nullable CareCandidate candidate) {
        draft = candidate == null ? null : care.draft(shop.id(), candidate.orderId());
        boolean none = care.countPending(shop.id()) == 0;
        hint.setText(getTranslation(none ? "templates.care.none" : "templates.care.pick"));
        hint.setVisible(draft == null);
        message.setValue(draft == null ? "" : draft.text().text());
        message.setEnabled(draft != null);
        send.setEnabled(draft != null);
    }

    private void send(boolean confirmed) {
        CareDraft current = draft;
        if (current == null) {
            return;
        }
        try {
            care.markSent(shop.id(), current.orderId(), current.templateId(), message.getValue(), confirmed);
            Notices.success(getTranslation("templates.care.sent", current.orderId()));
            done();
        } catch (ComplianceBlockedException stopped) {
            hits.show(stopped.result(), false);
            sendAnyway.setVisible(false);
        } catch (ComplianceWarningException warned) {
            hits.show(warned.result(), false);
            sendAnyway.setVisible(true);
        } catch (CareAlreadySentException already) {
            Notices.error(getTranslation(
                    "templates.care.already",
                    already.sent().sentBy(),
                    LocalTimes.dateTime(already.sent().sentAt(), getLocale())));
            done();
        }
    }

    private void done() {
        grid.asSingleSelect().clear();
        grid.getDataProvider().refreshAll();
        onCountChanged.accept(care.countPending(shop.id()));
    }
}
