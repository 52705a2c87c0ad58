package com.scoredesk.ui.appeal;

import com.scoredesk.appeal.AppealEvidence;
import com.scoredesk.appeal.AppealService;
import com.scoredesk.appeal.AppealableReview;
import com.scoredesk.appeal.AppealableReviewService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import java.time.Clock;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * 可申诉: the shop's appealable bad reviews, nearest deadline first (paged in the database), with the evidence found;
 * the selected one's detail and draft beside them.
 */
class AppealWorkPanel extends SplitLayout {

    private final AppealableReviewService appealable;
    private final long shopId;
    private final Clock clock;
    private final LongConsumer onCount;
    private final Grid<AppealableReview> grid = new Grid<>();
    private final AppealDetailPanel detail;

    AppealWorkPanel(
            AppealableReviewService appealable, AppealService appeals, long shopId, Clock clock, LongConsumer onCount) {
        this.appealable = appealable;
        this.shopId = shopId;
        this.clock = clock;
        this.onCount = onCount;
        this.detail = new AppealDetailPanel(appeals, appealable, shopId, clock, this::changed);
        setSizeFull();
        configureGrid();
        addToPrimary(grid);
        addToSecondary(detail);
        setSplitterPosition(58);
    }

    private void configureGrid() {
        grid.setId("appeal-grid");
        grid.addColumn(r -> AppealTexts.time(this, r.createdAt()))
                .setHeader(getTranslation("appeals.column.created"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.deadline() == null ? "—" : AppealTexts.left(this, r.deadline(), clock.instant()))
                .setHeader(getTranslation("appeals.column.deadline"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("appeals.stars", r.productRating()))
                .setHeader(getTranslation("appeals.column.stars"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.text() == null || r.text().isBlank() ? getTranslation("appeals.noText") : r.text())
                .setHeader(getTranslation("appeals.column.text"))
                .setFlexGrow(2);
        grid.addColumn(AppealableReview::orderId)
                .setHeader(getTranslation("appeals.column.order"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.evidence().stream()
                        .map(AppealEvidence::kind)
                        .distinct()
                        .map(kind -> getTranslation("appeals.kind." + kind.name()))
                        .collect(Collectors.joining("、")))
                .setHeader(getTranslation("appeals.column.evidence"))
                .setFlexGrow(1);
        grid.addColumn(r ->
                        getTranslation("appeals.reason." + r.suggestedReason().name()))
                .setHeader(getTranslation("appeals.column.reason"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("appeals.status." + r.appealStatus().name()))
                .setHeader(getTranslation("appeals.column.status"))
                .setAutoWidth(true);
        grid.setItems(query -> appealable.find(shopId, query.getOffset(), query.getLimit()).stream(), query ->
                (int) appealable.count(shopId));
        grid.asSingleSelect().addValueChangeListener(e -> detail.show(e.getValue()));
    }

    /** Reloads the list (someone acted, or data arrived). */
    void refresh() {
        changed();
    }

    private void changed() {
        grid.getDataProvider().refreshAll();
        onCount.accept(appealable.count(shopId));
    }
}
