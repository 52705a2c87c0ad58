package com.scoredesk.kpi;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the daily score history ({@code score_history} and its indicator rows) for charts, one query each. */
@Component
class ScoreHistoryReader {

    private final JdbcTemplate jdbc;

    ScoreHistoryReader(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    List<ScoreHistoryPoint> points(long shopId, LocalDate from, LocalDate to) {
        return jdbc.query(
                """
                SELECT as_of, rule_set, stage, total, shown FROM score_history
                WHERE shop_id = ? AND as_of >= ? AND as_of <= ? ORDER BY as_of""",
                (rs, row) -> new ScoreHistoryPoint(
                        rs.getDate(1).toLocalDate(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBigDecimal(4),
                        rs.getBigDecimal(5),
                        null),
                shopId,
                Date.valueOf(from),
                Date.valueOf(to));
    }

    /** Each indicator recorded in [from, to], its days oldest first, in the order of the latest recorded day. */
    List<IndicatorTrend> trends(long shopId, LocalDate from, LocalDate to) {
        Map<String, List<IndicatorTrend.Day>> byIndicator = new LinkedHashMap<>();
        jdbc.query(
                """
                SELECT i.indicator, h.as_of, i.indicator_value, i.indicator_score
                FROM score_history h JOIN score_history_indicator i ON i.history_id = h.id
                WHERE h.shop_id = ? AND h.as_of >= ? AND h.as_of <= ?
                ORDER BY h.as_of DESC, i.position""",
                rs -> {
                    BigDecimal value = rs.getBigDecimal(3);
                    BigDecimal score = rs.getBigDecimal(4);
                    byIndicator
                            .computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                            .add(new IndicatorTrend.Day(rs.getDate(2).toLocalDate(), value, score));
                },
                shopId,
                Date.valueOf(from),
                Date.valueOf(to));
        List<IndicatorTrend> trends = new ArrayList<>();
        byIndicator.forEach((id, days) -> trends.add(new IndicatorTrend(id, days.reversed())));
        return trends;
    }
}
