package com.scoredesk.kpi;

import com.scoredesk.testing.OnPostgres;

/** The drill-downs on PostgreSQL. */
@OnPostgres
class IndicatorRowsPostgresTest extends IndicatorRowsContract {}
