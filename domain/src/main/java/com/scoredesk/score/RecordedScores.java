package com.scoredesk.score;

import com.scoredesk.scoring.Fraction;
import com.scoredesk.scoring.score.ScoreResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the history keeps of an engine result: the columns of {@code score_history} and its child tables. */
final class RecordedScores {

    private static final int VALUE_SCALE = Scales.VALUE;
    private static final int SCORE_SCALE = Scales.SCORE;
    private static final int WEIGHT_SCALE = Scales.WEIGHT;

    private RecordedScores() {}

    static RecordedScore of(ScoreResult result) {
        List<RecordedDimension> dimensions = new ArrayList<>();
        List<RecordedIndicator> indicators = new ArrayList<>();
        for (ScoreResult.DimensionScore dimension : result.dimensions()) {
            dimensions.add(new RecordedDimension(
                    dimension.id(), exact(dimension.weight(), WEIGHT_SCALE), round(dimension.score(), SCORE_SCALE)));
            for (ScoreResult.IndicatorScore indicator : dimension.indicators()) {
                indicators.add(new RecordedIndicator(
                        indicator.id(),
                        dimension.id(),
                        round(indicator.value(), VALUE_SCALE),
                        round(indicator.score(), SCORE_SCALE),
                        exact(indicator.weight(), WEIGHT_SCALE),
                        indicator.nominalWeight().setScale(WEIGHT_SCALE, RoundingMode.HALF_UP),
                        exact(indicator.numerator(), VALUE_SCALE),
                        indicator.population(),
                        indicator.floored()));
            }
        }
        return new RecordedScore(
                result.asOf(),
                result.ruleSetId(),
                result.stage().code(),
                result.total(),
                result.shown(),
                result.reason(),
                dimensions,
                indicators);
    }

    private static BigDecimal exact(Fraction value, int scale) {
        return value.toBigDecimal(scale, RoundingMode.HALF_UP);
    }

    private static @Nullable BigDecimal round(@Nullable Fraction value, int scale) {
        return value == null ? null : value.toBigDecimal(scale, RoundingMode.HALF_UP);
    }
}
