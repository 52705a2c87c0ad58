package com.scoredesk.ui.dashboard;

import static com.scoredesk.ui.dashboard.Formats.plain;
import static com.scoredesk.ui.dashboard.Formats.t;

import com.scoredesk.kpi.ForecastDay;
import com.scoredesk.kpi.ScoreCard;
import com.scoredesk.kpi.ScoreMove;
import com.scoredesk.score.LiveScore;
import com.scoredesk.scoring.score.ScoreResult;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Why the score moved since yesterday, and what tomorrow brings (the projection and what leaves the window). */
class OutlookPanel extends Composite<VerticalLayout> {

    private static final int MAX_MOVES = 8;
    private static final DateTimeFormatter LIVE_TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));
    /** Moves smaller than this round to 0.00 points and are only counted. */
    private static final BigDecimal VISIBLE = new BigDecimal("0.005");

    private final ScoreCard card;
    private @Nullable Span projected;

    OutlookPanel(ScoreCard card, List<ScoreMove> moves, List<ForecastDay> forecast) {
        this.card = card;
        VerticalLayout layout = getContent();
        layout.setPadding(true);
        layout.setSpacing(false);
        layout.getStyle()
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("flex", "1 1 24rem");
        layout.add(new H4(t("dashboard.moves.title")), moves(card, moves));
        layout.add(new H4(t("dashboard.tomorrow.title")));
        if (forecast.isEmpty()) {
            layout.add(new Span(t("dashboard.tomorrow.none")));
        } else {
            tomorrow(card, forecast.getFirst(), layout);
        }
    }

    private static com.vaadin.flow.component.Component moves(ScoreCard card, List<ScoreMove> moves) {
        UnorderedList list = new UnorderedList();
        list.setId("score-moves");
        if (card.yesterdayTotal() == null) {
            list.add(new ListItem(t("dashboard.moves.noYesterday")));
            return list;
        }
        if (moves.isEmpty()) {
            list.add(new ListItem(t("dashboard.moves.none")));
            return list;
        }
        List<ScoreMove> visible = moves.stream()
                .filter(move -> move.delta().abs().compareTo(VISIBLE) >= 0)
                .limit(MAX_MOVES)
                .toList();
        visible.forEach(move -> list.add(new ListItem(describe(move))));
        if (visible.isEmpty()) {
            list.add(new ListItem(t("dashboard.moves.tiny")));
        } else if (moves.size() > visible.size()) {
            list.add(new ListItem(t("dashboard.moves.more", moves.size() - visible.size())));
        }
        return list;
    }

    static String describe(ScoreMove move) {
        String delta = Formats.signed(move.delta(), 2);
        return switch (move.kind()) {
            case INDICATOR ->
                t(
                        "dashboard.moves.indicator",
                        t("dashboard.indicator." + move.id()),
                        Formats.value(move.valueBefore(), IndicatorUnits.of(move.id())),
                        Formats.value(move.valueAfter(), IndicatorUnits.of(move.id())),
                        plain(move.scoreBefore(), 2),
                        plain(move.scoreAfter(), 2),
                        delta);
            case BONUS -> t("dashboard.moves.bonus", t("dashboard.bonus." + move.id()), delta);
            case DEDUCTION -> t("dashboard.moves.deduction", t("dashboard.violation." + move.id()), delta);
        };
    }

    /** A newer projection of tomorrow, pushed by the live score as data changes. */
    void showLive(LiveScore live) {
        ScoreResult result = live.projected();
        BigDecimal total = result.total();
        if (total == null || projected == null) {
            return;
        }
        BigDecimal change = card.total() == null ? null : total.subtract(card.total());
        projected.setText(t(
                "dashboard.tomorrow.live",
                live.asOf().toString(),
                plain(total, card.decimals()),
                change == null ? Formats.NONE : Formats.signed(change, card.decimals()),
                result.shown() == null ? Formats.NONE : plain(result.shown(), 1),
                LIVE_TIME.format(live.computedAt())));
        if (change != null) {
            projected.getStyle().set("color", Formats.changeColor(change));
        }
    }

    private void tomorrow(ScoreCard card, ForecastDay next, VerticalLayout layout) {
        projected = new Span();
        projected.setId("score-tomorrow");
        if (next.total() == null) {
            projected.setText(t("dashboard.tomorrow.noScore", next.day().toString()));
        } else {
            BigDecimal change = card.total() == null ? null : next.total().subtract(card.total());
            projected.setText(t(
                    "dashboard.tomorrow.projected",
                    next.day().toString(),
                    plain(next.total(), card.decimals()),
                    change == null ? Formats.NONE : Formats.signed(change, card.decimals()),
                    next.shown() == null ? Formats.NONE : plain(next.shown(), 1)));
            if (change != null) {
                projected.getStyle().set("color", Formats.changeColor(change));
            }
            projected.getStyle().set("font-weight", "600");
        }
        layout.add(projected);
        Span leaving = new Span(
                next.leaving().isEmpty()
                        ? t("dashboard.tomorrow.nothingLeaves")
                        : t(
                                "dashboard.tomorrow.leaving",
                                next.leaving().stream()
                                        .map(l -> t("dashboard.leaving." + l.kind(), l.count()))
                                        .collect(Collectors.joining(t("dashboard.separator")))));
        leaving.setId("score-leaving");
        layout.add(leaving, new Span(t("dashboard.tomorrow.assumption")));
    }
}
