package com.scoredesk.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TableExportTest {

    private final TableExport table = new TableExport(
            List.of("客服", "回复数", "中位数（秒）"),
            List.of(
                    Arrays.asList("=HYPERLINK(\"http://x\",\"点我\")", 12L, new BigDecimal("41.5")),
                    Arrays.asList("李娜, 组长", 0L, null)));

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"})
    void text_that_a_spreadsheet_would_run_gets_a_leading_apostrophe(String text) {
        assertThat(TableExport.neutralise(text)).isEqualTo("'" + text);
    }

    @Test
    void ordinary_text_stays_as_it_is() {
        assertThat(TableExport.neutralise("李娜")).isEqualTo("李娜");
        assertThat(TableExport.neutralise("a=b")).isEqualTo("a=b");
        assertThat(TableExport.neutralise("")).isEmpty();
    }

    @Test
    void csv_quotes_what_needs_quoting_and_neutralises_formulas() {
        String csv = new String(table.csv(), StandardCharsets.UTF_8);

        assertThat(csv)
                .startsWith("\uFEFF客服,回复数,中位数（秒）\r\n")
                .contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\",12,41.5\r\n")
                .contains("\"李娜, 组长\",0,\r\n");
    }

    @Test
    void xlsx_reads_back_with_numbers_as_numbers_and_formulas_as_text() throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(table.xlsx()))) {
            List<Row> rows = workbook.getFirstSheet().read();

            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("客服");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("'=HYPERLINK(\"http://x\",\"点我\")");
            assertThat(rows.get(1).getCellAsNumber(1)).contains(new BigDecimal("12"));
            assertThat(rows.get(1).getCellAsNumber(2)).contains(new BigDecimal("41.5"));
        }
    }
}
