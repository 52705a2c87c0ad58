package com.scoredesk.score;

import com.scoredesk.shop.ShopProfiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning (default 10:00 Asia/Shanghai, {@code scoredesk.score.daily-cron}) records today's score of every
 * shop, the way the platform publishes it. Each shop is recorded in its own transaction, so one shop's failure does
 * not cost the others their day; running the job twice replaces the day. When the application has started, the days
 * a stopped server missed are recorded (up to {@link #CATCH_UP_DAYS}), so the history keeps one point per day.
 */
@Component
class DailyScoreJob {

    static final int CATCH_UP_DAYS = 60;

    private static final Logger log = LoggerFactory.getLogger(DailyScoreJob.class);

    private final ShopProfiles shops;
    private final ScoreHistoryService history;
    private final ShopScoreService scores;

    DailyScoreJob(ShopProfiles shops, ScoreHistoryService history, ShopScoreService scores) {
        this.shops = shops;
        this.history = history;
        this.scores = scores;
    }

    @Scheduled(cron = "${scoredesk.score.daily-cron:0 0 10 * * *}", zone = "Asia/Shanghai")
    void run() {
        recordToday();
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        catchUp();
    }

    /** @return how many days were recorded, all shops together */
    int catchUp() {
        int recorded = 0;
        for (long shopId : shops.allShopIdsUnchecked()) {
            try {
                recorded += history.catchUpUnchecked(shopId, scores.today(), CATCH_UP_DAYS);
            } catch (RuntimeException e) {
                log.error("Could not record the missed days of shop {}", shopId, e);
            }
        }
        if (recorded > 0) {
            log.info("Recorded {} missed days of score history", recorded);
        }
        return recorded;
    }

    /** @return how many shops were recorded */
    int recordToday() {
        int recorded = 0;
        for (long shopId : shops.allShopIdsUnchecked()) {
            try {
                RecordedScore day = history.recordUnchecked(shopId, scores.today());
                log.info("Recorded the score of shop {} for {}: {} {}", shopId, day.asOf(), day.stage(), day.total());
                recorded++;
            } catch (RuntimeException e) {
                log.error("Could not record today's score of shop {}", shopId, e);
            }
        }
        return recorded;
    }
}
