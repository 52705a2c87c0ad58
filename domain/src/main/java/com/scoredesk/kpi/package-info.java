/**
 * 数据看板 read models: a shop's score explained indicator by indicator (weighted points, the distance to the next
 * tier in items, floors and gates), how it moved since yesterday, the forecast, the score history, drill-downs into
 * the rows behind an indicator, the agency overview and the team's KPIs. Everything here is for supervisors and
 * administrators; every service checks the role and the shop.
 */
@NullMarked
package com.scoredesk.kpi;

import org.jspecify.annotations.NullMarked;
