package com.scoredesk.kpi;

import java.util.List;

/**
 * Everything the 数据看板 shows about one shop at once: today's score card, the indicators explained, what moved the
 * score since yesterday and the forecast of the coming days.
 */
public record ShopDashboard(
        long shopId,
        String shopName,
        String industry,
        ScoreCard card,
        List<IndicatorLine> indicators,
        List<ScoreMove> moves,
        List<ForecastDay> forecast) {

    public ShopDashboard {
        indicators = List.copyOf(indicators);
        moves = List.copyOf(moves);
        forecast = List.copyOf(forecast);
    }
}
