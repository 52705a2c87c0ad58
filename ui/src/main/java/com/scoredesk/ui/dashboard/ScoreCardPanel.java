package com.scoredesk.ui.dashboard;

import static com.scoredesk.ui.dashboard.Formats.plain;
import static com.scoredesk.ui.dashboard.Formats.t;

import com.scoredesk.kpi.ScoreCard;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;

/** Today's score of a shop: the total, what buyers see, the stage, the change since yesterday and what it means. */
class ScoreCardPanel extends Composite<VerticalLayout> {

    ScoreCardPanel(ScoreCard card, Locale locale) {
        VerticalLayout layout = getContent();
        layout.setId("score-card");
        layout.setPadding(true);
        layout.setSpacing(false);
        layout.getStyle()
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("min-width", "18rem");
        Span title = new Span(t("dashboard.card.title", card.asOf().toString()));
        title.getStyle().set("color", "var(--lumo-secondary-text-color)");
        layout.add(title, total(card), shown(card), change(card));
        layout.add(line("dashboard.card.stage", t("dashboard.stage." + card.stage())));
        layout.add(line(
                "dashboard.card.ruleSet",
                ("en".equals(locale.getLanguage()) ? card.ruleSetTitleEn() : card.ruleSetTitleZh())));
        if (card.reason() != null) {
            layout.add(line("dashboard.card.reason", card.reason()));
        }
        consequences(card, layout);
    }

    private static Component total(ScoreCard card) {
        Span total = new Span(card.total() == null ? Formats.NONE : plain(card.total(), card.decimals()));
        total.setId("score-total");
        total.getStyle().set("font-size", "3rem").set("font-weight", "700").set("line-height", "1.1");
        Span scale = new Span(" / " + plain(card.scaleMax(), card.decimals()));
        scale.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return new Div(total, scale);
    }

    private static Component shown(ScoreCard card) {
        if (card.shown() == null) {
            return new Span(t("dashboard.card.notShown"));
        }
        Span shown = new Span(t("dashboard.card.shown", plain(card.shown(), 1), stars(card.stars())));
        shown.setId("score-shown");
        return shown;
    }

    private static Component change(ScoreCard card) {
        Span change = new Span();
        change.setId("score-change");
        BigDecimal delta = card.change();
        if (delta != null) {
            BigDecimal exact = card.exactChange();
            String text = t("dashboard.card.change", Formats.signed(delta, card.decimals()));
            if (exact != null && exact.setScale(2, RoundingMode.HALF_UP).compareTo(delta) != 0) {
                text += t("dashboard.card.changeExact", Formats.signed(exact, 2));
            }
            change.setText(text);
            change.getStyle().set("color", Formats.changeColor(delta)).set("font-weight", "600");
        } else if (card.yesterdayTotal() != null && !card.ruleSetId().equals(card.yesterdayRuleSetId())) {
            change.setText(t("dashboard.card.changeRuleSet", card.yesterdayRuleSetId()));
        } else {
            change.setText(t("dashboard.card.noYesterday"));
        }
        return change;
    }

    private static void consequences(ScoreCard card, VerticalLayout layout) {
        if (card.alliance() != null) {
            StringBuilder needs = new StringBuilder(plain(card.allianceMinTotal(), card.decimals()));
            for (Map.Entry<String, BigDecimal> dimension :
                    card.allianceMinDimensions().entrySet()) {
                BigDecimal score = card.dimensionScores().get(dimension.getKey());
                needs.append(t(
                        "dashboard.card.allianceDimension",
                        t("dashboard.dimension." + dimension.getKey()),
                        plain(dimension.getValue(), 2),
                        plain(score, 2)));
            }
            Span alliance = line(
                    "dashboard.card.alliance",
                    t(card.alliance() ? "dashboard.card.allianceOpen" : "dashboard.card.allianceClosed", needs));
            alliance.setId("score-alliance");
            alliance.getStyle()
                    .set("color", card.alliance() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
            layout.add(alliance);
        }
        if (card.nextShownAt() != null && card.total() != null) {
            layout.add(new Span(t(
                    "dashboard.card.nextShown",
                    plain(card.nextShownAt().subtract(card.total()), card.decimals()),
                    plain(card.nextShown(), 1))));
        }
        if (card.band() != null) {
            layout.add(line("dashboard.card.band", card.band()));
        }
        if (card.settlementDays() != null) {
            layout.add(line("dashboard.card.settlement", String.valueOf(card.settlementDays())));
        }
        if (Boolean.TRUE.equals(card.mayEndCooperation())) {
            layout.add(new Span(t("dashboard.card.mayEnd")));
        }
        card.programs()
                .forEach((program, open) -> layout.add(
                        line("dashboard.card.program", program + " " + t(open ? "dashboard.yes" : "dashboard.no"))));
        if (card.gateRateAbove() != null) {
            layout.add(new Span(t(
                    card.gateApplied() ? "dashboard.card.gateApplied" : "dashboard.card.gate",
                    Formats.value(card.gateRate(), "rate"),
                    Formats.value(card.gateRateAbove(), "rate"))));
        }
        if (card.floorThreshold() != null && card.validPaidOrders() != null) {
            layout.add(new Span(t(
                    card.validPaidOrders() < card.floorThreshold()
                            ? "dashboard.card.floorSmall"
                            : "dashboard.card.floorLarge",
                    card.validPaidOrders(),
                    card.floorThreshold(),
                    plain(card.floorScore(), 0))));
        }
        card.bonuses()
                .forEach(bonus -> layout.add(new Span(
                        t("dashboard.card.bonus", t("dashboard.bonus." + bonus.id()), plain(bonus.points(), 2)))));
        card.deductions()
                .forEach(deduction -> layout.add(new Span(t(
                        "dashboard.card.deduction",
                        t("dashboard.violation." + deduction.id()),
                        deduction.count(),
                        plain(deduction.points(), 2)))));
        card.growthChecks()
                .forEach(check -> layout.add(new Span(t(
                        check.pass() ? "dashboard.card.growthPass" : "dashboard.card.growthFail",
                        t("dashboard.growth." + check.id()),
                        plain(check.value(), 4),
                        plain(check.limit(), 4)))));
    }

    private static Span line(String labelKey, String value) {
        return new Span(t(labelKey, value));
    }

    /** ★★★★½ for 4.5. */
    static String stars(BigDecimal stars) {
        int whole = stars.intValue();
        boolean half = stars.remainder(BigDecimal.ONE).signum() > 0;
        return "★".repeat(whole) + (half ? "½" : "");
    }
}
