package com.scoredesk.settings;

import com.scoredesk.scoring.rules.Curve;
import com.scoredesk.scoring.rules.DimensionSpec;
import com.scoredesk.scoring.rules.IndicatorSpec;
import com.scoredesk.scoring.rules.Point;
import com.scoredesk.scoring.rules.RuleSet;
import com.scoredesk.scoring.rules.StageRule;
import com.scoredesk.scoring.rules.WorkItemRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The numbers of a rule set an administrator may set, read from the rule set itself, with the source of each default
 * as the spec gives it (sections 6 and 9 of {@code experience-score.md}).
 */
final class AssumptionCatalog {

    /** The deadlines of section 9, as the rule sets' {@code workItems} name them. */
    static final List<String> DEADLINES = List.of(
            "imDueSeconds", "afterSaleResponseHours", "courierLeadMinutes", "appealWindowDays", "pickupDeadlineDays");

    private AssumptionCatalog() {}

    static List<AssumptionItem> items(RuleSet rules) {
        boolean fivePoint = rules.scale().max().compareTo(BigDecimal.TEN) < 0;
        String scoring = fivePoint ? "6.1" : rules.id().endsWith("09") ? "6.3" : "6.2";
        List<AssumptionItem> items = new ArrayList<>();
        for (DimensionSpec dimension : rules.dimensions()) {
            items.add(new AssumptionItem(
                    rules.id(),
                    AssumptionKind.DIMENSION_WEIGHT,
                    dimension.id(),
                    dimension.weight().toPlainString(),
                    fivePoint ? "guides" : "assumed",
                    scoring));
            for (IndicatorSpec indicator : dimension.indicators()) {
                List<Point> steps = steps(indicator.curve());
                if (!steps.isEmpty()) {
                    items.add(new AssumptionItem(
                            rules.id(),
                            AssumptionKind.THRESHOLDS,
                            indicator.id(),
                            steps.stream().map(p -> p.value().toPlainString()).collect(Collectors.joining(", ")),
                            "assumed",
                            scoring));
                }
                items.add(new AssumptionItem(
                        rules.id(),
                        AssumptionKind.INDICATOR_WEIGHT,
                        indicator.id(),
                        indicator.weight() == null ? "" : indicator.weight().toPlainString(),
                        indicator.weight() == null ? "table" : "assumed",
                        scoring));
            }
        }
        if (rules.stage() instanceof StageRule.Growth growth) {
            growth.checks()
                    .forEach(check -> items.add(new AssumptionItem(
                            rules.id(),
                            AssumptionKind.GROWTH_LIMIT,
                            check.id(),
                            check.limit().toPlainString(),
                            "assumed",
                            "6.2")));
        }
        WorkItemRules work = rules.workItems();
        long[] values = {
            work.imDueSeconds(),
            work.afterSaleResponseHours(),
            work.courierLeadMinutes(),
            work.appealWindowDays(),
            work.pickupDeadlineDays()
        };
        String[] sources = {"assumed", "assumed", "assumed", "official", "official"};
        for (int i = 0; i < DEADLINES.size(); i++) {
            items.add(new AssumptionItem(
                    rules.id(), AssumptionKind.DEADLINE, DEADLINES.get(i), String.valueOf(values[i]), sources[i], "9"));
        }
        return items;
    }

    static List<Point> steps(Curve curve) {
        return switch (curve) {
            case Curve.Tiers tiers -> tiers.tiers();
            case Curve.Linear linear -> linear.points();
            case Curve.Identity identity -> List.of();
        };
    }
}
