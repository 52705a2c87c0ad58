package com.scoredesk.score;

import com.scoredesk.activity.ShopDataChanged;
import com.scoredesk.scoring.score.ScoreProjection;
import com.scoredesk.shop.ShopProfiles;
import com.scoredesk.user.CurrentUser;
import jakarta.annotation.PreDestroy;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps each shop's live projected score in memory and recomputes it when the shop's data changes.
 *
 * <p>The projection is the engine's {@link com.scoredesk.scoring.score.ScoreProjection}: tomorrow's score on today's
 * data with the default outcome of every open item (an after-sale agreed by the system at its deadline, a parcel
 * picked up at the pickup deadline, an unanswered round counting 600 s), and the week's forecast.
 *
 * <p>Recomputations run on one background thread, after the change has committed; changes that arrive while a
 * shop's recomputation is queued are folded into it. Each result is published as {@link ShopScoreUpdated}.
 */
@Service
public class LiveScoreService {

    private static final Logger log = LoggerFactory.getLogger(LiveScoreService.class);

    private final ShopScoreService scores;
    private final ShopProfiles shops;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final ExecutorService executor;
    private final Map<Long, LiveScore> latest = new ConcurrentHashMap<>();
    private final Map<Long, Boolean> queued = new ConcurrentHashMap<>();

    LiveScoreService(
            ShopScoreService scores, ShopProfiles shops, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.scores = scores;
        this.shops = shops;
        this.currentUser = currentUser;
        this.events = events;
        this.executor = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("live-score").daemon(true).factory());
    }

    /**
     * The live projected score of shop {@code shopId}, if the current user may see it; computed now when there is
     * none yet or the last one was for another day.
     */
    public LiveScore current(long shopId) {
        currentUser.requireShop(shopId);
        return currentUnchecked(shopId);
    }

    public LiveScore currentUnchecked(long shopId) {
        LiveScore known = latest.get(shopId);
        if (known != null && known.asOf().equals(tomorrow())) {
            return known;
        }
        return refresh(shopId);
    }

    /** The last projection computed for shop {@code shopId}, without computing one. */
    public Optional<LiveScore> cached(long shopId) {
        currentUser.requireShop(shopId);
        return Optional.ofNullable(latest.get(shopId));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ShopDataChanged changed) {
        long shopId = changed.shopId();
        if (queued.putIfAbsent(shopId, Boolean.TRUE) == null) {
            executor.execute(() -> {
                queued.remove(shopId);
                try {
                    refresh(shopId);
                } catch (RuntimeException e) {
                    if (shops.existsUnchecked(shopId)) {
                        log.error("Could not recompute the live score of shop {}", shopId, e);
                    } else {
                        latest.remove(shopId);
                        log.debug("Shop {} is gone; its live score is dropped", shopId);
                    }
                }
            });
        }
    }

    /**
     * Recomputes, every few minutes ({@code scoredesk.score.live-refresh}, default 5 minutes), the projections that
     * views have asked for: the projection moves with the clock even without new data (deadlines pass, rounds wait).
     */
    @Scheduled(
            fixedDelayString = "${scoredesk.score.live-refresh:PT5M}",
            initialDelayString = "${scoredesk.score.live-refresh:PT5M}")
    void refreshKnown() {
        latest.keySet().forEach(shopId -> on(new ShopDataChanged(shopId)));
    }

    /** Recomputes the projection of shop {@code shopId} now and publishes it. */
    LiveScore refresh(long shopId) {
        ScoreProjection projection = scores.projectUnchecked(shopId);
        LiveScore score = new LiveScore(
                shopId,
                projection.today().plusDays(1),
                projection.now(),
                projection.projected(1),
                projection.forecast());
        latest.put(shopId, score);
        events.publishEvent(new ShopScoreUpdated(shopId, score));
        return score;
    }

    private LocalDate tomorrow() {
        return scores.today().plusDays(1);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
