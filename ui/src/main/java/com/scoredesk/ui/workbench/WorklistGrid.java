package com.scoredesk.ui.workbench;

import com.scoredesk.workbench.WorkItemKind;
import com.scoredesk.workbench.WorkItemRow;
import com.scoredesk.workbench.WorkItemState;
import com.scoredesk.workbench.WorkbenchService;
import com.scoredesk.workbench.WorklistQuery;
import com.scoredesk.workbench.WorklistSort;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One worklist as a lazy, server-paged grid: every fetch asks {@link WorkbenchService} for one page in the database's
 * order, so a list of a million items costs what a list of fifty does. Rows show the impact in points, a live
 * countdown to the deadline (ticked in the browser) and the state. Rows can be selected for bulk actions; the
 * cursor (moved with j/k, opened with Enter) is the row whose detail is shown.
 */
class WorklistGrid extends Grid<WorkItemRow> {

    private final WorkbenchService workbench;
    private WorklistQuery query = WorklistQuery.tab(WorkItemKind.CHAT);
    private int cursor = -1;
    private @Nullable Long cursorId;
    private WorklistSort currentSort = WorklistSort.BY_IMPACT;

    WorklistGrid(WorkbenchService workbench) {
        this.workbench = workbench;
        setId("wb-grid");
        setSelectionMode(SelectionMode.MULTI);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setMultiSort(false);
        addColumn(row -> WorkbenchFormat.impact(row.impact()))
                .setKey("impact")
                .setHeader(getTranslation("wb.column.impact"))
                .setSortProperty("IMPACT")
                .setPartNameGenerator(row -> "wb-impact")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(countdown())
                .setKey("deadline")
                .setHeader(getTranslation("wb.column.deadline"))
                .setSortProperty("DEADLINE")
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(row -> WorkbenchFormat.state(this, row))
                .setKey("state")
                .setHeader(getTranslation("wb.column.state"))
                .setAutoWidth(true);
        addColumn(this::subject)
                .setKey("subject")
                .setHeader(getTranslation("wb.column.subject"))
                .setFlexGrow(3);
        addColumn(WorkItemRow::shopName)
                .setKey("shop")
                .setHeader(getTranslation("wb.column.shop"))
                .setAutoWidth(true);
        addColumn(row -> WorkbenchFormat.time(row.openedAt()))
                .setKey("opened")
                .setHeader(getTranslation("wb.column.opened"))
                .setAutoWidth(true);
        setPartNameGenerator(row -> Objects.equals(row.id(), cursorId)
                ? "wb-cursor"
                : row.state() == WorkItemState.DONE ? "wb-done" : null);
        setItems(this::fetch);
        addSortListener(event -> reset());
    }

    /** Shows {@code newQuery} from its first row. */
    void show(WorklistQuery newQuery) {
        query = newQuery;
        reset();
        getDataProvider().refreshAll();
    }

    WorklistQuery query() {
        return query;
    }

    /** Re-reads the rows (someone acted, data arrived); keeps the cursor on the same item when it is still there. */
    void reload() {
        getDataProvider().refreshAll();
    }

    /** Moves the cursor {@code step} rows and answers the row it lands on. */
    Optional<WorkItemRow> moveCursor(int step) {
        int target = Math.max(0, cursor + step);
        List<WorkItemRow> rows = workbench.page(sortedQuery(), target, 1);
        if (rows.isEmpty()) {
            return cursorRow();
        }
        cursor = target;
        cursorId = rows.getFirst().id();
        scrollToIndex(cursor);
        getDataProvider().refreshAll();
        return Optional.of(rows.getFirst());
    }

    /** Puts the cursor on {@code row} (clicked or opened); j/k go on from its place in the list. */
    void pointAt(WorkItemRow row) {
        if (cursorId == null || cursorId != row.id()) {
            cursorId = row.id();
            cursor = indexOf(row);
            getDataProvider().refreshAll();
        }
    }

    /** Where {@code row} stands in the list, looked for among the first rows (where a click can be); -1 if not. */
    private int indexOf(WorkItemRow row) {
        List<WorkItemRow> first = workbench.page(sortedQuery(), 0, 500);
        for (int i = 0; i < first.size(); i++) {
            if (first.get(i).id() == row.id()) {
                return i;
            }
        }
        return -1;
    }

    Optional<WorkItemRow> cursorRow() {
        return cursorId == null ? Optional.empty() : workbench.find(cursorId);
    }

    private void reset() {
        cursor = -1;
        cursorId = null;
    }

    private Stream<WorkItemRow> fetch(com.vaadin.flow.data.provider.Query<WorkItemRow, Void> page) {
        currentSort = sortOf(page.getSortOrders());
        WorklistQuery sorted = query.withSort(currentSort);
        return workbench.page(sorted, page.getOffset(), page.getLimit()).stream();
    }

    private WorklistQuery sortedQuery() {
        return query.withSort(currentSort);
    }

    private WorklistSort sortOf(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return query.sort();
        }
        QuerySortOrder first = orders.getFirst();
        return new WorklistSort(
                WorklistSort.Key.valueOf(first.getSorted()), first.getDirection() == SortDirection.DESCENDING);
    }

    private String subject(WorkItemRow row) {
        StringBuilder text = new StringBuilder();
        append(text, WorkbenchFormat.code(this, "tag." + row.kind().name(), row.tag()));
        append(text, row.buyer());
        append(text, row.summary());
        if (!row.evidence().isEmpty()) {
            append(
                    text,
                    getTranslation(
                            "wb.evidence.found",
                            row.evidence().stream()
                                    .map(code -> WorkbenchFormat.code(this, "evidence", code))
                                    .reduce((a, b) -> a + "、" + b)
                                    .orElse("")));
        }
        return text.toString();
    }

    private static void append(StringBuilder text, @Nullable String part) {
        if (part != null && !part.isBlank()) {
            if (!text.isEmpty()) {
                text.append(" · ");
            }
            text.append(part);
        }
    }

    /** The deadline column: the browser ticks the text; the server gives the deadline and, for chats, the cost cap. */
    private LitRenderer<WorkItemRow> countdown() {
        return LitRenderer.<WorkItemRow>of(
                        "<span class=\"wb-countdown\" data-deadline=\"${item.deadline}\" data-cap=\"${item.cap}\""
                                + " data-initial=\"${item.initial}\" title=\"${item.due}\"></span>")
                .withProperty("deadline", row -> row.deadline().toEpochMilli())
                .withProperty(
                        "cap",
                        row -> row.costStopsAt() == null
                                ? 0L
                                : row.costStopsAt().toEpochMilli())
                .withProperty("due", row -> WorkbenchFormat.fullTime(row.deadline()))
                .withProperty("initial", row -> WorkbenchFormat.countdown(this, row.deadline(), now()));
    }

    private Instant now() {
        return workbench.now();
    }
}
