package com.scoredesk.scoring.output;

import com.scoredesk.scoring.Fraction;
import com.scoredesk.scoring.score.ScoreResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The score as a text table for people ({@code score --format table}), in Chinese or English. Values are rounded
 * for reading only: rates as percentages with two decimals, hours with two, seconds with one. Stateless and
 * thread-safe.
 */
public final class ScoreTable {

    private final Labels labels;
    private final Locale locale;

    public ScoreTable(Locale locale) {
        this(Labels.standard(), locale);
    }

    public ScoreTable(Labels labels, Locale locale) {
        this.labels = labels;
        this.locale = locale;
    }

    private String t(String key) {
        return labels.text(key).in(locale);
    }

    /** The table, lines ended by {@code \n}. */
    public String render(ScoreResult r) {
        StringBuilder out = new StringBuilder();
        out.append(t("title"))
                .append(" · ")
                .append(r.shopId())
                .append(" · ")
                .append(t("ruleSet"))
                .append(' ')
                .append(r.ruleSetId())
                .append(" · ")
                .append(t("asOf"))
                .append(' ')
                .append(r.asOf())
                .append('\n');
        out.append(t("window"))
                .append(' ')
                .append(r.windowFrom())
                .append(' ')
                .append(t("to"))
                .append(' ')
                .append(r.windowTo())
                .append('\n');
        out.append(t("stage")).append(": ").append(t("stage." + r.stage().code()));
        if (r.total() != null) {
            out.append("   ").append(t("total")).append(": ").append(r.total().toPlainString());
            if (r.totalUnrounded() != null) {
                out.append(" (")
                        .append(t("unrounded"))
                        .append(' ')
                        .append(plain(r.totalUnrounded(), 4))
                        .append(')');
            }
        }
        if (r.shown() != null && r.consequences() != null) {
            out.append("   ")
                    .append(t("shown"))
                    .append(": ")
                    .append(r.shown().toPlainString())
                    .append(" (")
                    .append(r.consequences().shownStars().toPlainString())
                    .append(' ')
                    .append(t("stars"))
                    .append(')');
        } else if (r.total() != null) {
            out.append("   ").append(t("notShown"));
        }
        out.append('\n');
        if (r.reason() != null) {
            out.append(t("reason")).append(": ").append(r.reason()).append('\n');
        }
        out.append('\n');
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            t("column.item"), t("column.weight"), t("column.value"), t("column.score"), t("column.count")
        });
        for (ScoreResult.DimensionScore d : r.dimensions()) {
            rows.add(new String[] {
                labels.dimension(d.id()).in(locale), percent(d.weight(), 2, true), "", score(d.score()), ""
            });
            for (ScoreResult.IndicatorScore i : d.indicators()) {
                String scoreText = score(i.score()) + (i.floored() ? " (" + t("floored") + ")" : "");
                rows.add(new String[] {
                    "  " + labels.indicator(i.id()).in(locale),
                    percent(i.weight(), 2, true),
                    value(i.id(), i.value()),
                    scoreText,
                    count(i.numerator()) + " / " + i.population()
                });
            }
        }
        table(out, rows);
        out.append('\n');
        if (r.growth() != null) {
            out.append(t("growth"))
                    .append(" · ")
                    .append(t("validPaid"))
                    .append(' ')
                    .append(r.growth().validPaidOrders())
                    .append(" · ")
                    .append(t("violations"))
                    .append(' ')
                    .append(r.growth().violations())
                    .append('\n');
            List<String[]> checks = new ArrayList<>();
            for (ScoreResult.GrowthCheck c : r.growth().checks()) {
                checks.add(new String[] {
                    "  " + labels.growthCheck(c.id()).in(locale),
                    value(c.id(), c.value()),
                    t("limit") + ' ' + value(c.id(), Fraction.of(c.limit())),
                    c.pass() ? t("pass") : t("fail")
                });
            }
            table(out, checks);
        } else {
            out.append(t("bonuses")).append(": ");
            if (r.bonuses().isEmpty()) {
                out.append(t("none"));
            }
            List<String> bonuses = new ArrayList<>();
            for (ScoreResult.Bonus b : r.bonuses()) {
                bonuses.add(labels.bonus(b.id()).in(locale) + " +" + b.points().toPlainString()
                        + (b.dimension() == null
                                ? ""
                                : " (" + labels.dimension(b.dimension()).in(locale) + ")"));
            }
            out.append(String.join(", ", bonuses)).append('\n');
            out.append(t("deductions")).append(": ");
            if (r.deductions().isEmpty()) {
                out.append(t("none"));
            }
            List<String> deductions = new ArrayList<>();
            for (ScoreResult.Deduction d : r.deductions()) {
                deductions.add(labels.violation(d.kind().code()).in(locale) + " ×" + d.count() + " −"
                        + d.points().toPlainString());
            }
            out.append(String.join(", ", deductions)).append('\n');
        }
        if (r.gate() != null) {
            out.append(t("gate"))
                    .append(": ")
                    .append(value("im_dissatisfaction_rate", r.gate().rate()))
                    .append(", ")
                    .append(r.gate().applied() ? t("applied") : t("notApplied"))
                    .append('\n');
        }
        if (r.floorThreshold() != null && r.validPaidOrders() != null) {
            out.append(t("validPaid"))
                    .append(": ")
                    .append(r.validPaidOrders())
                    .append(" · ")
                    .append(t("floorThreshold"))
                    .append(": ")
                    .append(r.floorThreshold())
                    .append('\n');
        }
        ScoreResult.Consequences c = r.consequences();
        if (c != null) {
            out.append(t("alliance")).append(": ").append(c.alliance() ? t("yes") : t("no"));
            if (c.settlementDays() != null) {
                out.append(" · ").append(t("settlement")).append(": ").append(c.settlementDays());
            }
            if (c.mayEndCooperation() != null) {
                out.append(" · ").append(t("mayEnd")).append(": ").append(c.mayEndCooperation() ? t("yes") : t("no"));
            }
            if (c.band() != null) {
                out.append(" · ").append(t("band")).append(": ").append(c.band());
            }
            c.programs()
                    .forEach((id, open) ->
                            out.append(" · ").append(id).append(": ").append(open ? t("yes") : t("no")));
            out.append('\n');
        }
        return out.toString();
    }

    private String value(String id, @Nullable Fraction value) {
        if (value == null) {
            return "—";
        }
        return switch (labels.unit(id)) {
            case "rate" -> percent(value, 2, false);
            case "hours" -> plain(value, 2) + " " + t("unit.hours");
            case "seconds" -> plain(value, 1) + " " + t("unit.seconds");
            case "stars" -> plain(value, 4) + " " + t("unit.stars");
            case "count" -> plain(value, 0);
            default -> plain(value, 2);
        };
    }

    private static String score(@Nullable Fraction score) {
        return score == null ? "—" : plain(score, 2);
    }

    private static String plain(Fraction value, int decimals) {
        BigDecimal d = value.toBigDecimal(decimals, RoundingMode.HALF_UP);
        return d.toPlainString();
    }

    private static String percent(Fraction value, int decimals, boolean strip) {
        BigDecimal d = value.multiply(100).toBigDecimal(decimals, RoundingMode.HALF_UP);
        if (strip) {
            d = d.stripTrailingZeros();
            d = d.scale() < 0 ? d.setScale(0) : d;
        }
        return d.toPlainString() + "%";
    }

    private static String count(Fraction value) {
        return value.isInteger() ? plain(value, 0) : plain(value, 2);
    }

    private static void table(StringBuilder out, List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], width(row[c]));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                line.append(row[c]);
                if (c + 1 < columns) {
                    line.append(" ".repeat(widths[c] - width(row[c]) + 2));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    /** Terminal width: CJK characters take two columns. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean wide = (cp >= 0x1100 && cp <= 0x115F)
                    || (cp >= 0x2E80 && cp <= 0xA4CF)
                    || (cp >= 0xAC00 && cp <= 0xD7A3)
                    || (cp >= 0xF900 && cp <= 0xFAFF)
                    || (cp >= 0xFE30 && cp <= 0xFE4F)
                    || (cp >= 0xFF00 && cp <= 0xFF60)
                    || (cp >= 0xFFE0 && cp <= 0xFFE6);
            w += wide ? 2 : 1;
        }
        return w;
    }
}
