package com.scoredesk.kpi;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The dashboard's services on top of the shop-data slice. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ShopDashboardService.class, IndicatorRowsService.class, Forecasts.class, ScoreHistoryReader.class})
class KpiTestSupport {}
