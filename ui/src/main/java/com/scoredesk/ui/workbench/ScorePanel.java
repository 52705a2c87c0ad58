package com.scoredesk.ui.workbench;

import com.scoredesk.score.LiveScore;
import com.scoredesk.score.LiveScoreService;
import com.scoredesk.score.RecordedScore;
import com.scoredesk.score.ScoreHistoryService;
import com.scoredesk.scoring.score.ScoreResult;
import com.scoredesk.shop.ShopSummary;
import com.scoredesk.workbench.WorkItemRow;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.shared.Tooltip;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * The score as the team works: the shop's latest daily score, tomorrow's projected score (to two decimals, so that a
 * single reply moves it visibly) and what the selected item is worth. Updated live by the view.
 */
class ScorePanel extends HorizontalLayout {

    private final ScoreHistoryService history;
    private final LiveScoreService live;
    private final Span shop = value("wb-score-shop");
    private final Span latest = value("wb-score-latest");
    private final Span projected = value("wb-score-projected");
    private final Span impact = value("wb-score-impact");
    private @Nullable ShopSummary shown;

    ScorePanel(ScoreHistoryService history, LiveScoreService live) {
        this.history = history;
        this.live = live;
        setId("wb-score");
        setSpacing(true);
        getStyle().set("gap", "var(--lumo-space-l)").set("align-items", "baseline");
        Div tomorrow = figure("wb.score.projected", projected);
        Tooltip.forComponent(tomorrow).withText(getTranslation("wb.score.projectedHelp"));
        Div worth = figure("wb.score.impact", impact);
        Tooltip.forComponent(worth).withText(getTranslation("wb.score.impactHelp"));
        add(shop, figure("wb.score.latest", latest), tomorrow, worth);
        impact.setText("—");
    }

    /** Shows the score of {@code newShop}. */
    void show(ShopSummary newShop) {
        shown = newShop;
        shop.setText(newShop.name());
        refresh();
    }

    @Nullable
    ShopSummary shop() {
        return shown;
    }

    /** Reads the scores again (the view calls this when the shop's projected score changed). */
    void refresh() {
        if (shown == null) {
            return;
        }
        latest.setText(history.latest(shown.id()).map(this::recorded).orElse(getTranslation("wb.score.none")));
        projected.setText(projection(live.current(shown.id())));
    }

    /** What acting on {@code row} now is worth, or a dash when nothing is selected. */
    void showImpact(@Nullable WorkItemRow row) {
        impact.setText(row == null ? "—" : WorkbenchFormat.impact(row.impact()));
    }

    private String recorded(RecordedScore score) {
        return score.total() == null
                ? getTranslation("wb.score.none")
                : getTranslation(
                        "wb.score.day",
                        score.total().stripTrailingZeros().toPlainString(),
                        score.asOf().toString());
    }

    private String projection(LiveScore score) {
        ScoreResult result = score.projected();
        BigDecimal total = result.totalUnrounded() != null
                ? result.totalUnrounded().toBigDecimal(2, RoundingMode.HALF_UP)
                : result.total();
        return total == null ? getTranslation("wb.score.none") : total.toPlainString();
    }

    private Div figure(String labelKey, Span number) {
        Span label = new Span(getTranslation(labelKey));
        label.getStyle()
                .set("color", "var(--lumo-secondary-text-color)")
                .set("margin-inline-end", "var(--lumo-space-xs)");
        number.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        return new Div(label, number);
    }

    private static Span value(String id) {
        Span span = new Span();
        span.setId(id);
        return span;
    }
}
