package com.scoredesk.score;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

/** The history, the daily job and the live score on top of {@link ScoreTestConfiguration}, plus an event inbox. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ScoreHistoryService.class, DailyScoreJob.class, LiveScoreService.class})
public class ScoreServicesTestSupport {

    @Bean
    ScoreUpdates scoreUpdates() {
        return new ScoreUpdates();
    }

    /** Every {@link ShopScoreUpdated} published, whatever the thread. */
    public static class ScoreUpdates {

        final BlockingQueue<ShopScoreUpdated> received = new LinkedBlockingQueue<>();

        @EventListener
        void on(ShopScoreUpdated updated) {
            received.add(updated);
        }
    }
}
