package com.scoredesk.app.demo;

import com.scoredesk.activity.ActivityBatches;
import com.scoredesk.activity.ShopActivityService;
import com.scoredesk.score.ScoreHistoryService;
import com.scoredesk.scoring.generate.GeneratorSpec;
import com.scoredesk.scoring.generate.ShopGenerator;
import com.scoredesk.scoring.model.ImRound;
import com.scoredesk.scoring.model.ImSession;
import com.scoredesk.scoring.model.Order;
import com.scoredesk.scoring.model.ShopData;
import com.scoredesk.scoring.model.ShopType;
import com.scoredesk.scoring.model.Timestamps;
import com.scoredesk.shop.ShopProfile;
import com.scoredesk.shop.ShopProfiles;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Fills a demo shop with 60 days of activity ending at the clock's now, from the seeded {@link ShopGenerator} of
 * {@code scoring}, and records its score history for those days. The generator leaves open work at the end (orders
 * waiting for the courier, after-sales waiting for the merchant, fresh 1–2★ reviews); chats it answers within
 * seconds, so a few buyers still waiting right now are added, for the IM worklist.
 */
@Component
class DemoActivity {

    static final int DAYS = 60;

    private static final Logger log = LoggerFactory.getLogger(DemoActivity.class);

    private final ShopActivityService activity;
    private final ScoreHistoryService history;
    private final ShopProfiles shops;
    private final Clock clock;

    DemoActivity(ShopActivityService activity, ScoreHistoryService history, ShopProfiles shops, Clock clock) {
        this.activity = activity;
        this.history = history;
        this.shops = shops;
        this.clock = clock;
    }

    /**
     * Gives shop {@code shopId} its demo activity and history unless it has activity already, so that no start
     * ever adds them twice.
     */
    void fillIfEmpty(long shopId, DemoShop demo) {
        if (activity.countsUnchecked(shopId).total() > 0) {
            return;
        }
        long started = System.nanoTime();
        Instant now = clock.instant();
        ShopData data = withBuyersWaiting(generate(shops.profileUnchecked(shopId), demo, now), demo, now);
        activity.insertUnchecked(shopId, ActivityBatches.fromShopData(data));
        long inserted = System.nanoTime();
        LocalDate today = LocalDate.ofInstant(now, Timestamps.ZONE);
        int days = history.backfillUnchecked(shopId, today.minusDays(DAYS - 1L), today);
        log.info(
                "Demo activity of {}: {} orders, {} after-sales, {} reviews, {} chats in {} ms; {} days of score"
                        + " history in {} ms",
                demo.code(),
                data.orders().size(),
                data.afterSales().size(),
                data.reviews().size(),
                data.sessions().size(),
                (inserted - started) / 1_000_000,
                days,
                (System.nanoTime() - inserted) / 1_000_000);
    }

    private static ShopData generate(ShopProfile shop, DemoShop demo, Instant now) {
        GeneratorSpec spec = new GeneratorSpec(
                shop.code(),
                shop.industry(),
                ShopType.valueOf(shop.shopType().name()),
                demo.orders(),
                DAYS,
                now,
                shop.remoteLogisticsService(),
                shop.freightInsuranceEnabled(),
                true,
                true,
                1,
                demo.trouble());
        return new ShopGenerator(demo.seed()).generate(spec);
    }

    /**
     * Adds {@link DemoShop#waitingBuyers()} human chats about recent orders whose buyer wrote a few minutes ago and
     * has no reply yet.
     */
    private static ShopData withBuyersWaiting(ShopData data, DemoShop demo, Instant now) {
        long end = now.toEpochMilli();
        long startOfToday = Timestamps.startOfDay(Timestamps.epochDay(end));
        List<ImSession> sessions = new ArrayList<>(data.sessions());
        List<ImRound> rounds = new ArrayList<>(data.rounds());
        List<Order> orders = data.orders();
        int order = orders.size() - 1;
        for (int i = 0; i < demo.waitingBuyers(); i++) {
            long message = Math.max(startOfToday, end - (2L + 6L * i) * Timestamps.MINUTE);
            while (order >= 0 && orders.get(order).paidAt() >= message) {
                order--;
            }
            if (order < 0) {
                break;
            }
            sessions.add(new ImSession(
                    String.format("M%09d", sessions.size() + 1),
                    order,
                    orders.get(order).display().buyerId(),
                    message,
                    true,
                    0));
            rounds.add(new ImRound(sessions.size() - 1, message, Timestamps.NONE));
            order -= 7;
        }
        return data.withSessions(sessions, rounds);
    }
}
