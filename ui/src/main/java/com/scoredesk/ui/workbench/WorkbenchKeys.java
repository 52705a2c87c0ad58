package com.scoredesk.ui.workbench;

import com.scoredesk.workbench.WorkItemRow;
import com.vaadin.flow.component.Component;
import java.util.function.Consumer;

/** What the workbench's keys do (the browser side, which never fires while typing, is in {@link WorkbenchScript}). */
final class WorkbenchKeys {

    private WorkbenchKeys() {}

    /**
     * j/k or arrows move the cursor (the score panel shows the row's impact), Enter opens it, c claims the row under
     * the cursor (opening it), t or / picks a template, Ctrl+Enter sends the reply, ? shows the help.
     */
    static void listen(
            Component view, WorklistGrid grid, ItemDetailPanel detail, ScorePanel score, Consumer<WorkItemRow> open) {
        view.getElement()
                .addEventListener(WorkbenchScript.KEY_EVENT, event -> {
                    switch (event.getEventData().get("event.detail.key").asString()) {
                        case "next" -> grid.moveCursor(1).ifPresent(score::showImpact);
                        case "previous" -> grid.moveCursor(-1).ifPresent(score::showImpact);
                        case "open" -> grid.cursorRow().ifPresent(open);
                        case "claim" -> {
                            grid.cursorRow()
                                    .filter(row -> detail.item()
                                            .map(shown -> shown.id() != row.id())
                                            .orElse(true))
                                    .ifPresent(open);
                            detail.claim();
                        }
                        case "template" -> detail.openTemplates();
                        case "send" -> detail.sendReply();
                        case "help" -> new ShortcutHelp().open();
                        default -> {
                            // not a workbench key
                        }
                    }
                })
                .addEventData("event.detail.key");
    }
}
