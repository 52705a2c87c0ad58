package com.scoredesk.ui.workbench;

import com.scoredesk.appeal.AppealableReviewService;
import com.scoredesk.compliance.ComplianceBlockedException;
import com.scoredesk.compliance.ComplianceWarningException;
import com.scoredesk.template.TemplateService;
import com.scoredesk.workbench.AgentChoice;
import com.scoredesk.workbench.OrderDetail;
import com.scoredesk.workbench.WorkItemActions;
import com.scoredesk.workbench.WorkItemConflictException;
import com.scoredesk.workbench.WorkItemKind;
import com.scoredesk.workbench.WorkItemRow;
import com.scoredesk.workbench.WorkItemState;
import com.scoredesk.workbench.WorkbenchService;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The item beside the grid: what it is, what it is worth, its countdown, the actions its kind allows, the reply box
 * for a chat, and the facts of its order. A lost race (someone else claimed or answered first) is shown here in plain
 * words and the item is reloaded as it now stands.
 */
class ItemDetailPanel extends VerticalLayout {

    private final WorkbenchService workbench;
    private final WorkItemActions actions;
    private final TemplateService templates;
    private final AppealableReviewService appealable;
    private final boolean lead;
    private final H3 title = new H3();
    private final Span state = new Span();
    private final Span impact = new Span();
    private final Span deadline = new Span();
    private final Span message = new Span();
    private final Span note = new Span();
    private final HorizontalLayout buttons = new HorizontalLayout();
    private final VerticalLayout body = new VerticalLayout();
    private @Nullable WorkItemRow item;
    private @Nullable ReplyBox reply;
    private @Nullable ItemFacts facts;

    ItemDetailPanel(
            WorkbenchService workbench,
            WorkItemActions actions,
            TemplateService templates,
            AppealableReviewService appealable,
            boolean lead) {
        this.workbench = workbench;
        this.actions = actions;
        this.templates = templates;
        this.appealable = appealable;
        this.lead = lead;
        setId("wb-detail");
        setWidth("440px");
        setPadding(true);
        title.setId("wb-detail-title");
        state.setId("wb-detail-state");
        impact.setId("wb-detail-impact");
        deadline.setId("wb-detail-deadline");
        deadline.addClassName("wb-countdown");
        message.setId("wb-detail-message");
        message.getStyle().set("color", "var(--lumo-error-text-color)");
        note.setId("wb-detail-note");
        note.getStyle().set("color", "var(--lumo-secondary-text-color)");
        buttons.setWrap(true);
        body.setPadding(false);
        HorizontalLayout figures = new HorizontalLayout(impact, deadline, state);
        figures.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title, figures, note, message, buttons, body);
        show(null);
    }

    Optional<WorkItemRow> item() {
        return Optional.ofNullable(item);
    }

    /** Shows {@code row} (or a hint when nothing is selected). */
    void show(@Nullable WorkItemRow row) {
        show(row, false);
    }

    private void show(@Nullable WorkItemRow row, boolean freshFacts) {
        boolean sameItem = row != null && item != null && item.id() == row.id();
        item = row;
        note.setText("");
        if (!sameItem) {
            message.setText("");
            body.removeAll();
            reply = null;
            facts = null;
        }
        if (row == null) {
            title.setText(getTranslation("wb.detail.none"));
            impact.setText("");
            state.setText("");
            deadline.getElement().removeAttribute("data-deadline");
            buttons.removeAll();
            return;
        }
        title.setText(getTranslation("wb.tab." + row.kind().name()) + " · "
                + Optional.ofNullable(row.orderId()).orElse(""));
        impact.setText(getTranslation("wb.detail.impact", WorkbenchFormat.impact(row.impact())));
        state.setText(WorkbenchFormat.state(this, row));
        deadline.getElement()
                .setAttribute("data-deadline", Long.toString(row.deadline().toEpochMilli()));
        deadline.getElement()
                .setAttribute("data-initial", WorkbenchFormat.countdown(this, row.deadline(), workbench.now()));
        deadline.getElement().setProperty("title", WorkbenchFormat.fullTime(row.deadline()));
        buildButtons(row);
        if (!sameItem && row.kind() == WorkItemKind.CHAT && row.state() != WorkItemState.DONE) {
            reply = new ReplyBox(this::send, this::openTemplates);
            body.add(reply);
        }
        if (reply != null && row.state() == WorkItemState.DONE) {
            body.remove(reply);
            reply = null;
        }
        if (facts == null || freshFacts) {
            if (facts != null) {
                body.remove(facts);
            }
            facts = workbench.detail(row.id()).map(ItemFacts::new).orElse(null);
            if (facts != null) {
                body.add(facts);
                if (row.kind() == WorkItemKind.REVIEW) {
                    evidence(row).ifPresent(facts::addComponentAsFirst);
                }
            }
        }
    }

    /**
     * Shows an order that has no work item: its facts to read, a note that there is nothing to do about it, and no
     * actions.
     */
    void showOrder(OrderDetail order) {
        show(null);
        title.setText(getTranslation("wb.detail.order", order.order().orderId()));
        note.setText(getTranslation("wb.detail.noItem"));
        facts = new ItemFacts(order);
        body.add(facts);
    }

    /** Reads the shown item again (someone acted on it, or data arrived); keeps what the agent is typing. */
    void reload() {
        if (item != null) {
            show(workbench.find(item.id()).orElse(null), true);
        }
    }

    void claim() {
        if (item != null && item.state() == WorkItemState.NEW) {
            WorkItemRow current = item;
            act(() -> actions.claim(current.ref()));
        }
    }

    void openTemplates() {
        if (item != null && reply != null) {
            ReplyBox box = reply;
            new TemplatePicker(templates, item, box::setText).open();
        }
    }

    /** Ctrl+Enter: sends the reply being written. */
    void sendReply() {
        if (reply != null) {
            send(reply.text(), false);
        }
    }

    /** 差评申诉's evidence for the review, when the appeals feature knows the review. */
    private Optional<AppealEvidenceSection> evidence(WorkItemRow row) {
        return workbench
                .reviewId(row.id())
                .flatMap(reviewId -> appealable.review(row.shopId(), reviewId))
                .map(AppealEvidenceSection::new);
    }

    Registration addActedListener(ComponentEventListener<Acted> listener) {
        return addListener(Acted.class, listener);
    }

    private void send(String text, boolean confirmed) {
        if (item == null || reply == null) {
            return;
        }
        WorkItemRow current = item;
        ReplyBox box = reply;
        if (text.isBlank()) {
            message.setText(getTranslation("wb.reply.empty"));
            return;
        }
        try {
            act(() -> actions.reply(current.ref(), text, confirmed));
        } catch (ComplianceBlockedException blocked) {
            box.blocked(blocked.result());
        } catch (ComplianceWarningException warned) {
            box.warned(warned.result());
        }
    }

    private void buildButtons(WorkItemRow row) {
        buttons.removeAll();
        if (row.state() == WorkItemState.DONE) {
            return;
        }
        if (row.state() == WorkItemState.NEW) {
            buttons.add(button("wb-claim", "wb.action.claim", () -> actions.claim(row.ref()), true));
        } else {
            buttons.add(button("wb-release", "wb.action.release", () -> actions.release(row.ref()), false));
        }
        switch (row.kind()) {
            case AFTER_SALE -> afterSaleButtons(row);
            case PICKUP, LOGISTICS ->
                buttons.add(button("wb-urge", "wb.action.urge", () -> actions.urgeCourier(row.ref()), false));
            case REVIEW -> {
                if (row.appealStartedAt() == null) {
                    buttons.add(button("wb-appeal", "wb.action.appeal", () -> actions.startAppeal(row.ref()), false));
                }
            }
            case CHAT -> {
                // the reply box below is the action
            }
        }
        if (lead) {
            reassignControls(row);
        }
    }

    private void afterSaleButtons(WorkItemRow row) {
        buttons.add(button("wb-agree", "wb.action.agree", () -> actions.agree(row.ref()), true));
        TextField reason = new TextField();
        reason.setId("wb-reject-reason");
        reason.setPlaceholder(getTranslation("wb.action.reject.reason"));
        reason.setRequiredIndicatorVisible(true);
        Button reject = new Button(getTranslation("wb.action.reject"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("wb.action.reject.required"));
                return;
            }
            act(() -> actions.reject(row.ref(), reason.getValue()));
        });
        reject.setId("wb-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        buttons.add(reason, reject);
    }

    private void reassignControls(WorkItemRow row) {
        Select<AgentChoice> to = new Select<>();
        to.setId("wb-reassign-to");
        to.setPlaceholder(getTranslation("wb.action.reassign.to"));
        to.setItems(workbench.agents(row.shopId()));
        to.setItemLabelGenerator(AgentChoice::displayName);
        Button reassign = new Button(getTranslation("wb.action.reassign"), e -> {
            if (to.getValue() != null) {
                long assignee = to.getValue().id();
                act(() -> actions.reassign(row.ref(), assignee));
            }
        });
        reassign.setId("wb-reassign");
        buttons.add(to, reassign);
    }

    private Button button(String id, String labelKey, Supplier<WorkItemRow> action, boolean primary) {
        Button button = new Button(getTranslation(labelKey), e -> act(action));
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    /** Runs an action; a lost race is explained and the item reloaded, never an error page. */
    private void act(Supplier<WorkItemRow> action) {
        try {
            WorkItemRow after = action.get();
            message.setText("");
            show(after, true);
            fireEvent(new Acted(this, after));
        } catch (WorkItemConflictException lost) {
            String text = WorkbenchFormat.conflict(this, lost);
            message.setText(text);
            Notification.show(text, 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            reload();
            fireEvent(new Acted(this, item));
        }
    }

    /** The agent acted (or lost a race) on the shown item; the view re-reads its lists. */
    static class Acted extends ComponentEvent<ItemDetailPanel> {
        private final @Nullable WorkItemRow row;

        Acted(ItemDetailPanel source, @Nullable WorkItemRow row) {
            super(source, false);
            this.row = row;
        }

        Optional<WorkItemRow> row() {
            return Optional.ofNullable(row);
        }
    }
}
