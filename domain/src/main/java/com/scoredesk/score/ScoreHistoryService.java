package com.scoredesk.score;

import com.scoredesk.scoring.score.ScoreResult;
import com.scoredesk.user.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily score history: one recorded score per shop and day, written by the daily job and by backfills (after a
 * first import, after the demo data), read by the charts. Recording a day again replaces it.
 */
@Service
@Transactional(readOnly = true)
public class ScoreHistoryService {

    private final ScoreHistoryRepository history;
    private final ShopScoreService scores;
    private final CurrentUser currentUser;
    private final Clock clock;

    ScoreHistoryService(ScoreHistoryRepository history, ShopScoreService scores, CurrentUser currentUser, Clock clock) {
        this.history = history;
        this.scores = scores;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Scores shop {@code shopId} for {@code asOf} and records it, replacing what that day held. */
    @Transactional
    public RecordedScore recordUnchecked(long shopId, LocalDate asOf) {
        return record(shopId, scores.scoreUnchecked(shopId, asOf, null));
    }

    /**
     * Records every day of [{@code from}, {@code to}] that has a rule set, replacing what those days held.
     *
     * @return the number of days recorded
     */
    @Transactional
    public int backfillUnchecked(long shopId, LocalDate from, LocalDate to) {
        List<ScoreResult> days = scores.scoreDaysUnchecked(shopId, from, to);
        Map<LocalDate, ScoreHistory> existing = new HashMap<>();
        history.findByShopIdAndAsOfBetween(shopId, from, to).forEach(row -> existing.put(row.getAsOf(), row));
        days.forEach(day -> record(shopId, day, Optional.ofNullable(existing.get(day.asOf()))));
        return days.size();
    }

    private RecordedScore record(long shopId, ScoreResult result) {
        return record(shopId, result, history.findByShopIdAndAsOf(shopId, result.asOf()));
    }

    private RecordedScore record(long shopId, ScoreResult result, Optional<ScoreHistory> existing) {
        RecordedScore day = RecordedScores.of(result);
        ScoreHistory row = existing.orElseGet(() -> new ScoreHistory(shopId, day.asOf()));
        row.record(day, clock.instant());
        if (existing.isEmpty()) {
            history.save(row);
        }
        return day;
    }

    /**
     * Records the days since the last recorded day of shop {@code shopId} up to {@code today}, at most
     * {@code maxDays} of them: the days a stopped server missed. A shop without history is left alone (its first
     * import or the demo seeding backfills it).
     *
     * @return the number of days recorded
     */
    @Transactional
    public int catchUpUnchecked(long shopId, LocalDate today, int maxDays) {
        Optional<LocalDate> last =
                history.findFirstByShopIdOrderByAsOfDesc(shopId).map(ScoreHistory::getAsOf);
        if (last.isEmpty() || !last.get().isBefore(today)) {
            return 0;
        }
        LocalDate from = last.get().plusDays(1);
        LocalDate earliest = today.minusDays(maxDays - 1L);
        return backfillUnchecked(shopId, from.isBefore(earliest) ? earliest : from, today);
    }

    /** The chart of shop {@code shopId}: one point per recorded day of [{@code from}, {@code to}], oldest first. */
    public List<ScorePoint> points(long shopId, LocalDate from, LocalDate to) {
        currentUser.requireShop(shopId);
        return history.findPoints(shopId, from, to);
    }

    /** The recorded score of one day, with its dimensions and indicators. */
    public Optional<RecordedScore> day(long shopId, LocalDate asOf) {
        currentUser.requireShop(shopId);
        return history.findByShopIdAndAsOf(shopId, asOf).map(ScoreHistory::toRecord);
    }

    /** The most recent recorded day of shop {@code shopId}. */
    public Optional<RecordedScore> latest(long shopId) {
        currentUser.requireShop(shopId);
        return history.findFirstByShopIdOrderByAsOfDesc(shopId).map(ScoreHistory::toRecord);
    }
}
