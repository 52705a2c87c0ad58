package com.scoredesk.calibration;

import com.scoredesk.user.CurrentUser;
import com.scoredesk.user.Role;
import com.scoredesk.user.UserSummary;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's shown scores per shop and day, entered or imported by supervisors and administrators, and their
 * comparison with ScoreDesk's daily history.
 */
@Service
@Transactional(readOnly = true)
public class CalibrationService {

    private static final String COMPARE = " FROM platform_score p LEFT JOIN score_history h ON h.shop_id = p.shop_id"
            + " AND h.as_of = p.as_of WHERE p.shop_id = ? AND p.as_of >= ? AND p.as_of <= ?";
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d", Locale.ROOT);
    private static final BigDecimal MAX_TOTAL = BigDecimal.valueOf(100);

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    CalibrationService(DataSource dataSource, CurrentUser currentUser, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Stores what the platform showed shop {@code shopId} on {@code day}, replacing an earlier entry. */
    @Transactional
    public void record(
            long shopId, LocalDate day, BigDecimal total, @Nullable BigDecimal shown, @Nullable String note) {
        UserSummary user = requireAccess(shopId);
        check(total, shown);
        upsert(shopId, day, total, shown, note, user);
    }

    /**
     * Reads one day per line, {@code date,total[,shown[,note]]} (commas, tabs or semicolons; a first line that is not a
     * day is a header), stores the good lines and reports the others.
     */
    @Transactional
    public CalibrationImport importLines(long shopId, String text) {
        UserSummary user = requireAccess(shopId);
        List<CalibrationImport.LineError> errors = new ArrayList<>();
        int stored = 0;
        String[] lines = text.replace("\uFEFF", "").split("\\r?\\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\\s*[,\\t;，]\\s*", 4);
            try {
                LocalDate day = day(cells[0]);
                if (cells.length < 2) {
                    throw new IllegalArgumentException("no total");
                }
                BigDecimal total = new BigDecimal(cells[1]);
                BigDecimal shown = cells.length > 2 && !cells[2].isBlank() ? new BigDecimal(cells[2]) : null;
                check(total, shown);
                upsert(shopId, day, total, shown, cells.length > 3 ? cells[3] : null, user);
                stored++;
            } catch (DateTimeParseException notADay) {
                if (i > 0 || stored > 0) {
                    errors.add(new CalibrationImport.LineError(i + 1, line, "not a day: " + cells[0]));
                }
            } catch (IllegalArgumentException bad) { // NumberFormatException too
                errors.add(new CalibrationImport.LineError(
                        i + 1, line, bad.getMessage() == null ? "not a number" : bad.getMessage()));
            }
        }
        return new CalibrationImport(stored, errors);
    }

    public long count(long shopId, LocalDate from, LocalDate to) {
        requireAccess(shopId);
        return jdbc.queryForObject(
                "SELECT COUNT(*)" + COMPARE, Long.class, shopId, Date.valueOf(from), Date.valueOf(to));
    }

    /** Entered days of [{@code from}, {@code to}], newest first, page by page. */
    public List<CalibrationDay> page(long shopId, LocalDate from, LocalDate to, int offset, int limit) {
        requireAccess(shopId);
        return jdbc.query(
                "SELECT p.as_of, p.total, p.shown, p.note, h.rule_set, h.total, h.shown" + COMPARE
                        + " ORDER BY p.as_of DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                CalibrationService::row,
                shopId,
                Date.valueOf(from),
                Date.valueOf(to),
                offset,
                limit);
    }

    /** Every entered day of [{@code from}, {@code to}] (at most a year), oldest first, for the drift chart. */
    public List<CalibrationDay> days(long shopId, LocalDate from, LocalDate to) {
        requireAccess(shopId);
        LocalDate first = from.isBefore(to.minusDays(366)) ? to.minusDays(366) : from;
        return jdbc.query(
                "SELECT p.as_of, p.total, p.shown, p.note, h.rule_set, h.total, h.shown" + COMPARE
                        + " ORDER BY p.as_of",
                CalibrationService::row,
                shopId,
                Date.valueOf(first),
                Date.valueOf(to));
    }

    @Transactional
    public void remove(long shopId, LocalDate day) {
        requireAccess(shopId);
        jdbc.update("DELETE FROM platform_score WHERE shop_id = ? AND as_of = ?", shopId, Date.valueOf(day));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
    }

    private void upsert(
            long shopId,
            LocalDate day,
            BigDecimal total,
            @Nullable BigDecimal shown,
            @Nullable String note,
            UserSummary user) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update(
                "UPDATE platform_score SET total = ?, shown = ?, note = ?, entered_by = ?, entered_at = ?,"
                        + " version = version + 1 WHERE shop_id = ? AND as_of = ?",
                total,
                shown,
                note,
                user.username(),
                now,
                shopId,
                Date.valueOf(day));
        if (updated == 0) {
            jdbc.update(
                    "INSERT INTO platform_score (shop_id, as_of, total, shown, note, entered_by, entered_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    shopId,
                    Date.valueOf(day),
                    total,
                    shown,
                    note,
                    user.username(),
                    now);
        }
    }

    private static void check(BigDecimal total, @Nullable BigDecimal shown) {
        if (total.signum() < 0 || total.compareTo(MAX_TOTAL) > 0) {
            throw new IllegalArgumentException("a total is between 0 and 100: " + total.toPlainString());
        }
        if (shown != null && (shown.signum() < 0 || shown.compareTo(BigDecimal.valueOf(5)) > 0)) {
            throw new IllegalArgumentException("a shown score is between 0 and 5: " + shown.toPlainString());
        }
    }

    private static LocalDate day(String text) {
        String day = text.strip();
        return day.contains("/") ? LocalDate.parse(day, SLASHED) : LocalDate.parse(day);
    }

    private static CalibrationDay row(ResultSet rs, int n) throws SQLException {
        BigDecimal platform = rs.getBigDecimal(2);
        BigDecimal ours = rs.getBigDecimal(6);
        return new CalibrationDay(
                rs.getDate(1).toLocalDate(),
                platform,
                rs.getBigDecimal(3),
                rs.getString(4),
                rs.getString(5),
                ours,
                rs.getBigDecimal(7),
                ours == null ? null : ours.subtract(platform));
    }

    private UserSummary requireAccess(long shopId) {
        UserSummary user = currentUser.requireRole(Role.SUPERVISOR, Role.ADMIN);
        currentUser.requireShop(shopId);
        return user;
    }
}
