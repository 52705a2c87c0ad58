package com.scoredesk.ui.dashboard;

import com.scoredesk.kpi.IndicatorKind;

/** The unit an indicator's value is written in. */
final class IndicatorUnits {

    private IndicatorUnits() {}

    static String of(String indicatorId) {
        return IndicatorKind.of(indicatorId).map(IndicatorKind::unit).orElse("points");
    }
}
