package com.scoredesk.ui.workbench;

import com.scoredesk.workbench.WorkItemKind;
import com.scoredesk.workbench.WorklistCounts;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** One tab per worklist and 我的, each with its count of open items (and of overdue ones). */
class WorklistTabs extends Tabs {

    private final Map<WorkItemKind, Tab> tabs = new EnumMap<>(WorkItemKind.class);
    private final Tab mine = new Tab();

    WorklistTabs() {
        setId("wb-tabs");
        for (WorkItemKind kind : WorkItemKind.values()) {
            Tab tab = new Tab(getTranslation("wb.tab." + kind.name()));
            tab.setId("wb-tab-" + kind.name());
            tabs.put(kind, tab);
            add(tab);
        }
        mine.setLabel(getTranslation("wb.tab.MINE"));
        mine.setId("wb-tab-MINE");
        add(mine);
    }

    /** The selected worklist, empty for 我的. */
    Optional<WorkItemKind> selectedKind() {
        return tabs.entrySet().stream()
                .filter(entry -> entry.getValue() == getSelectedTab())
                .map(Map.Entry::getKey)
                .findFirst();
    }

    void select(WorkItemKind kind) {
        setSelectedTab(tabs.get(kind));
    }

    void selectMine() {
        setSelectedTab(mine);
    }

    void update(WorklistCounts counts) {
        tabs.forEach((kind, tab) -> {
            String name = getTranslation("wb.tab." + kind.name());
            long overdue = counts.overdue(kind);
            tab.setLabel(
                    overdue > 0
                            ? getTranslation(
                                    "wb.tab.count.overdue",
                                    name,
                                    counts.format(counts.open(kind)),
                                    counts.format(overdue))
                            : getTranslation("wb.tab.count", name, counts.format(counts.open(kind))));
        });
        mine.setLabel(getTranslation("wb.tab.count", getTranslation("wb.tab.MINE"), counts.format(counts.mine())));
    }
}
