package com.scoredesk.app.demo;

import com.scoredesk.activity.ActivityBatches;
import com.scoredesk.activity.ShopActivityService;
import com.scoredesk.score.ScoreHistoryService;
import com.scoredesk.scoring.generate.GeneratorSpec;
import com.scoredesk.scoring.generate.ShopGenerator;
import com.scoredesk.scoring.model.AfterSale;
import com.scoredesk.scoring.model.AfterSaleStatus;
import com.scoredesk.scoring.model.AfterSaleType;
import com.scoredesk.scoring.model.ImRound;
import com.scoredesk.scoring.model.ImSession;
import com.scoredesk.scoring.model.Order;
import com.scoredesk.scoring.model.ReasonCategory;
import com.scoredesk.scoring.model.ShopData;
import com.scoredesk.scoring.model.ShopType;
import com.scoredesk.scoring.model.Timestamps;
import com.scoredesk.shop.ShopProfile;
import com.scoredesk.shop.ShopProfiles;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
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

    /** The human service hours of the rule sets (spec section 9), 08:00–23:00. */
    private static final LocalTime SERVICE_OPENS = LocalTime.of(8, 0);

    private static final LocalTime SERVICE_CLOSES = LocalTime.of(23, 0);

    private static final List<String> WAITING_REASONS = List.of("收到的商品和描述不一样，申请退款", "包装里少了一件，申请退款", "质量有问题，想退款");

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
        ShopData data = withAfterSalesWaiting(
                withBuyersWaiting(generate(shops.profileUnchecked(shopId), demo, now), demo, now), demo, now);
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
     * has no reply yet. Outside the human service hours (08:00–23:00 in Shanghai) the buyers wrote in the last minutes
     * of the evening before, so that a demo started at any time of day has chats waiting in 待回复.
     */
    private static ShopData withBuyersWaiting(ShopData data, DemoShop demo, Instant now) {
        long end = lastServiceMinute(now).toEpochMilli();
        long opened =
                Timestamps.startOfDay(Timestamps.epochDay(end)) + SERVICE_OPENS.toSecondOfDay() * Timestamps.SECOND;
        List<ImSession> sessions = new ArrayList<>(data.sessions());
        List<ImRound> rounds = new ArrayList<>(data.rounds());
        List<Order> orders = data.orders();
        int order = orders.size() - 1;
        for (int i = 0; i < demo.waitingBuyers(); i++) {
            // never before the service opened that day: a buyer who wrote at night has waited since 08:00 already
            long message = Math.max(opened, end - (2L + 6L * i) * Timestamps.MINUTE);
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

    /**
     * Adds as many after-sale requests as {@link DemoShop#waitingBuyers()}, about delivered orders, applied in the last
     * hours of service and waiting for the merchant: the generated history settles its after-sales, so without these
     * 待处理售后 would only hold requests past their deadline or refunded by the platform itself.
     */
    private static ShopData withAfterSalesWaiting(ShopData data, DemoShop demo, Instant now) {
        long end = lastServiceMinute(now).toEpochMilli();
        List<AfterSale> afterSales = new ArrayList<>(data.afterSales());
        List<Order> orders = data.orders();
        int order = orders.size() - 1;
        for (int i = 0; i < demo.waitingBuyers(); i++) {
            long applied = end - (25L + 55L * i) * Timestamps.MINUTE;
            while (order >= 0
                    && (orders.get(order).signedAt() == Timestamps.NONE
                            || orders.get(order).signedAt() >= applied)) {
                order--;
            }
            if (order < 0) {
                break;
            }
            afterSales.add(new AfterSale(
                    String.format("W%09d", afterSales.size() + 1),
                    order,
                    AfterSaleType.REFUND_SHIPPED,
                    applied,
                    ReasonCategory.QUALITY,
                    WAITING_REASONS.get(i % WAITING_REASONS.size()),
                    Timestamps.NONE,
                    Timestamps.NONE,
                    Timestamps.NONE,
                    Timestamps.NONE,
                    Timestamps.NONE,
                    AfterSaleStatus.PENDING,
                    false,
                    false,
                    false,
                    false,
                    -1,
                    orders.get(order).amountPaidFen()));
            order -= 5;
        }
        return data.withAfterSales(afterSales);
    }

    /** {@code now} inside the service hours, else 23:00 of the evening before (of today, after 23:00). */
    static Instant lastServiceMinute(Instant now) {
        ZonedDateTime local = now.atZone(Timestamps.ZONE);
        LocalTime time = local.toLocalTime();
        if (!time.isBefore(SERVICE_OPENS) && time.isBefore(SERVICE_CLOSES)) {
            return now;
        }
        LocalDate day = time.isBefore(SERVICE_OPENS) ? local.toLocalDate().minusDays(1) : local.toLocalDate();
        return day.atTime(SERVICE_CLOSES).atZone(Timestamps.ZONE).toInstant();
    }
}
