package com.scoredesk.kpi;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * One drill-down as SQL: {@code body} is the FROM … WHERE part, {@code columns} the select list {@code mapper}
 * reads, {@code orderBy} the order of the rows (worst first).
 */
record RowQuery(
        IndicatorRows rows,
        String columns,
        String body,
        String orderBy,
        MapSqlParameterSource params,
        RowMapper<IndicatorRow> mapper) {}
