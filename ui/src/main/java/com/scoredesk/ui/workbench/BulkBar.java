package com.scoredesk.ui.workbench;

import com.scoredesk.workbench.AgentChoice;
import com.scoredesk.workbench.BulkReport;
import com.scoredesk.workbench.ItemRef;
import com.scoredesk.workbench.WorkItemBulkActions;
import com.scoredesk.workbench.WorkItemKind;
import com.scoredesk.workbench.WorkItemRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Actions on the selected rows: claim, agree (after-sales, at most 20 per platform call: the service chunks them) and
 * for supervisors, reassign. The outcome of every item is reported, chunk by chunk.
 */
class BulkBar extends HorizontalLayout {

    private final WorkItemBulkActions actions;
    private final Supplier<Collection<WorkItemRow>> selection;
    private final Runnable afterwards;
    private final Button claim = new Button();
    private final Button agree = new Button();
    private final Select<AgentChoice> assignee = new Select<>();
    private final Button reassign = new Button();

    BulkBar(
            WorkItemBulkActions actions,
            Supplier<Collection<WorkItemRow>> selection,
            Runnable afterwards,
            boolean lead) {
        this.actions = actions;
        this.selection = selection;
        this.afterwards = afterwards;
        setId("wb-bulk");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        claim.setId("wb-bulk-claim");
        claim.addClickListener(e -> run(actions::claimAll));
        agree.setId("wb-bulk-agree");
        agree.addClickListener(e -> run(actions::agreeAll));
        assignee.setId("wb-bulk-assignee");
        assignee.setPlaceholder(getTranslation("wb.action.reassign.to"));
        assignee.setItemLabelGenerator(AgentChoice::displayName);
        reassign.setId("wb-bulk-reassign");
        reassign.setText(getTranslation("wb.bulk.reassign"));
        reassign.addClickListener(e -> Optional.ofNullable(assignee.getValue())
                .ifPresent(to -> run(refs -> actions.reassignAll(refs, to.id()))));
        add(claim, agree);
        if (lead) {
            add(assignee, reassign);
        }
        update(null);
    }

    /** Shows the actions the selection allows in tab {@code kind} ({@code null}: 我的). */
    void update(WorkItemKind kind) {
        int n = selection.get().size();
        setVisible(n > 0);
        claim.setText(getTranslation("wb.bulk.claim", n));
        agree.setText(getTranslation("wb.bulk.agree", n));
        agree.setVisible(kind == WorkItemKind.AFTER_SALE);
    }

    void agents(List<AgentChoice> choices) {
        assignee.setItems(choices);
    }

    private void run(Function<List<ItemRef>, BulkReport> action) {
        List<ItemRef> refs = selection.get().stream().map(WorkItemRow::ref).toList();
        if (refs.isEmpty()) {
            return;
        }
        report(action.apply(refs));
        afterwards.run();
    }

    private void report(BulkReport report) {
        Dialog dialog = new Dialog();
        dialog.setId("wb-bulk-report");
        dialog.setHeaderTitle(getTranslation("wb.bulk.report", report.succeeded(), report.failed()));
        for (BulkReport.Line line : report.lines()) {
            String outcome =
                    switch (line.result()) {
                        case DONE -> getTranslation("wb.bulk.line.DONE");
                        case ROLLED_BACK -> getTranslation("wb.bulk.line.ROLLED_BACK");
                        case FAILED ->
                            getTranslation(
                                    "wb.bulk.line.FAILED",
                                    getTranslation(
                                            "wb.bulk.reason." + line.reason(),
                                            line.holder() == null ? "?" : line.holder()));
                    };
            dialog.add(new Div(getTranslation("wb.bulk.line", line.chunk(), line.itemId(), outcome)));
        }
        dialog.getFooter().add(new Button(getTranslation("wb.close"), e -> dialog.close()));
        dialog.open();
    }
}
