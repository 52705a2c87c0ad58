package com.scoredesk.ui.dashboard;

import static com.scoredesk.ui.dashboard.Formats.plain;
import static com.scoredesk.ui.dashboard.Formats.t;

import com.scoredesk.kpi.IndicatorLine;
import com.scoredesk.kpi.ScoreCard;
import com.scoredesk.kpi.TierGap;

/** The distance to an indicator's next tier in plain words: "再有 3 单五星好评升到 90 分（+1.2 分）". */
final class GapWords {

    private GapWords() {}

    static String describe(IndicatorLine line, ScoreCard card) {
        TierGap gap = line.gap();
        return switch (gap.status()) {
            case AT_TOP -> t("dashboard.gap.top");
            case NO_VALUE -> t("dashboard.gap.noValue");
            case FLOORED ->
                t(
                        "dashboard.gap.floored",
                        plain(card.floorScore(), 0),
                        card.validPaidOrders() == null ? Formats.NONE : card.validPaidOrders(),
                        card.floorThreshold() == null ? Formats.NONE : card.floorThreshold());
            case NOT_APPLICABLE ->
                t(
                        "growth".equals(card.stage()) || "none".equals(card.stage())
                                ? "dashboard.gap.noIndicatorScores"
                                : "dashboard.gap.continuous");
            case REACHABLE -> reachable(line, gap);
        };
    }

    private static String reachable(IndicatorLine line, TierGap gap) {
        String target = plain(gap.targetScore(), 2);
        String gain = plain(gap.pointsGain(), 2);
        String goodValue = plain(line.kind().goodItemValue(), 1);
        String key = "dashboard.gap." + line.id();
        String words;
        if (gap.moreGood() != null && gap.fewerBad() != null) {
            words = t(key, gap.moreGood(), gap.fewerBad(), target, goodValue);
        } else if (gap.moreGood() != null) {
            words = t(key, gap.moreGood(), 0, target, goodValue);
        } else if (gap.fewerBad() != null) {
            words = t("dashboard.gap.fewerOnly", gap.fewerBad(), target);
        } else {
            words = t("dashboard.gap.allNeeded", target);
        }
        return t("dashboard.gap.withGain", words, gain);
    }
}
