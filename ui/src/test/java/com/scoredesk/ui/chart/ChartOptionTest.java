package com.scoredesk.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ChartOptionTest {

    @BeforeEach
    void set_up_fake_vaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tear_down_fake_vaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void a_line_with_gaps_keeps_exact_decimals_and_marks_missing_days() {
        ChartOption option = ChartOption.create().categories(List.of("11-01", "11-02", "11-03"));
        option.line("总分", Arrays.asList(new BigDecimal("82.50"), null, 83));

        JsonNode json = JsonMapper.shared().readTree(option.toJson());

        assertThat(json.at("/xAxis/data").toString()).isEqualTo("[\"11-01\",\"11-02\",\"11-03\"]");
        assertThat(json.at("/series/0/type").asString()).isEqualTo("line");
        assertThat(option.toJson()).contains("\"data\":[82.50,\"-\",83]");
    }

    @Test
    void reference_lines_and_shaded_ranges_belong_to_their_series() {
        ChartOption option = ChartOption.create().categories(List.of("a", "b", "c"));
        option.line("预测", List.of(1, 2, 3))
                .dashed()
                .markLine(new BigDecimal("70"), "精选联盟 70")
                .markArea("b", "c", "预测")
                .markLineAt("b", "今天");

        JsonNode series = JsonMapper.shared().readTree(option.toJson()).at("/series/0");

        assertThat(series.at("/lineStyle/type").asString()).isEqualTo("dashed");
        assertThat(series.at("/markLine/data/0/yAxis").decimalValue()).isEqualByComparingTo("70");
        assertThat(series.at("/markLine/data/0/label/formatter").asString()).isEqualTo("精选联盟 70");
        assertThat(series.at("/markLine/data/1/xAxis").asString()).isEqualTo("b");
        assertThat(series.at("/markArea/data/0/0/xAxis").asString()).isEqualTo("b");
        assertThat(series.at("/markArea/data/0/1/xAxis").asString()).isEqualTo("c");
    }

    @Test
    void the_chart_element_carries_the_option_as_json() {
        ChartOption option = ChartOption.create().title("体验分").categories(List.of("x"));
        option.bar("n", List.of(3L));

        EChart chart = new EChart(option);
        chart.setDescription("体验分 近30天");

        assertThat(chart.getElement().getTag()).isEqualTo("qa-echart");
        assertThat(chart.getElement().getProperty("option")).isEqualTo(option.toJson());
        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("体验分 近30天");
    }
}
