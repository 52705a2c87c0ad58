package com.scoredesk.scoring.rules;

import com.scoredesk.scoring.model.ShopType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The official service-weight table ({@code service-weights.csv}): weights by 考核行业 and shop type. A row whose
 * shop type is {@code general} serves every shop type. Lookup order: the shop type's own row, else {@code
 * general}, else {@code non_flagship}; an industry not in the table uses {@value #OTHER_INDUSTRY}.
 *
 * @param file the resource name of the table
 * @param divisor what the table's numbers are divided by to give a weight (100 for percentages)
 * @param columns the table column of each indicator id
 */
public record WeightTable(String file, BigDecimal divisor, Map<String, String> columns, Rows rows) {

    public static final String OTHER_INDUSTRY = "其他";

    public WeightTable {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(divisor, "divisor");
        columns = Map.copyOf(columns);
        Objects.requireNonNull(rows, "rows");
        for (String column : columns.values()) {
            if (!rows.header().contains(column)) {
                throw new RuleSetException(file + " has no column " + column);
            }
        }
    }

    /** The weight of {@code indicatorId} for a shop of {@code industry} and {@code type}. */
    public BigDecimal weight(String indicatorId, String industry, ShopType type) {
        String column = columns.get(indicatorId);
        if (column == null) {
            throw new RuleSetException("no weight-table column for " + indicatorId);
        }
        Map<String, BigDecimal> row = rows.row(industry, type)
                .or(() -> rows.row(OTHER_INDUSTRY, type))
                .orElseThrow(() -> new RuleSetException(file + " has no row for " + industry));
        BigDecimal raw = row.get(column);
        return raw.divide(divisor, 10, RoundingMode.UNNECESSARY).stripTrailingZeros();
    }

    /** The rows of the table by industry and shop type. */
    public record Rows(List<String> header, Map<String, Map<String, Map<String, BigDecimal>>> byIndustry) {

        public Rows {
            header = List.copyOf(header);
            byIndustry = Map.copyOf(byIndustry);
        }

        /** The row of {@code industry} for {@code type} by the lookup order of the table. */
        public Optional<Map<String, BigDecimal>> row(String industry, ShopType type) {
            Map<String, Map<String, BigDecimal>> byType = byIndustry.get(industry.strip());
            if (byType == null) {
                return Optional.empty();
            }
            Map<String, BigDecimal> row = byType.get(type.code());
            if (row == null) {
                row = byType.get("general");
            }
            if (row == null) {
                row = byType.get(ShopType.NON_FLAGSHIP.code());
            }
            return Optional.ofNullable(row);
        }

        public boolean hasIndustry(String industry) {
            return byIndustry.containsKey(industry.strip());
        }

        /** Reads a table with the header {@code industry,shop_type,<weight columns…>}. */
        public static Rows read(InputStream in, String name) {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String headerLine = reader.readLine();
                if (headerLine == null) {
                    throw new RuleSetException(name + " is empty");
                }
                List<String> header = List.of(headerLine.replace("\uFEFF", "").split(","));
                if (header.size() < 3
                        || !header.get(0).equals("industry")
                        || !header.get(1).equals("shop_type")) {
                    throw new RuleSetException(name + ": header must start with industry,shop_type");
                }
                Map<String, Map<String, Map<String, BigDecimal>>> byIndustry = new HashMap<>();
                String line;
                int lineNo = 1;
                while ((line = reader.readLine()) != null) {
                    lineNo++;
                    if (line.isBlank()) {
                        continue;
                    }
                    String[] cells = line.split(",", -1);
                    if (cells.length != header.size()) {
                        throw new RuleSetException(name + ":" + lineNo + ": expected " + header.size() + " cells");
                    }
                    Map<String, BigDecimal> row = new LinkedHashMap<>();
                    for (int i = 2; i < cells.length; i++) {
                        row.put(header.get(i), new BigDecimal(cells[i].strip()));
                    }
                    byIndustry
                            .computeIfAbsent(cells[0].strip(), k -> new HashMap<>())
                            .put(cells[1].strip(), Map.copyOf(row));
                }
                Map<String, Map<String, Map<String, BigDecimal>>> frozen = new HashMap<>();
                byIndustry.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
                return new Rows(header, frozen);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NumberFormatException e) {
                throw new RuleSetException(name + ": bad number", e);
            }
        }
    }
}
