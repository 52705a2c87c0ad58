package com.scoredesk.kpi;

/** The drill-downs on H2. */
class IndicatorRowsH2Test extends IndicatorRowsContract {}
