package com.scoredesk.calibration;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One day the platform's score was entered, beside ScoreDesk's recorded score of that day.
 *
 * @param drift ScoreDesk's total minus the platform's, {@code null} when ScoreDesk recorded no total that day
 */
public record CalibrationDay(
        LocalDate day,
        BigDecimal platformTotal,
        @Nullable BigDecimal platformShown,
        @Nullable String note,
        @Nullable String ruleSet,
        @Nullable BigDecimal scoreDeskTotal,
        @Nullable BigDecimal scoreDeskShown,
        @Nullable BigDecimal drift) {}
