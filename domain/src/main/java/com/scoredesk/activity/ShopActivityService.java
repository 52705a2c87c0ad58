package com.scoredesk.activity;

import com.scoredesk.user.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes a shop's activity and tells the rest of the application that it changed. */
@Service
@Transactional(readOnly = true)
public class ShopActivityService {

    private final ActivityJdbcWriter writer;
    private final ShopOrderRepository orders;
    private final AfterSaleRepository afterSales;
    private final ReviewRepository reviews;
    private final ImSessionRepository sessions;
    private final ImRoundRepository rounds;
    private final EscalationRepository escalations;
    private final ViolationRepository violations;
    private final LogisticsEventRepository logisticsEvents;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    @SuppressWarnings("java:S107") // one repository per table of the feature
    ShopActivityService(
            ActivityJdbcWriter writer,
            ShopOrderRepository orders,
            AfterSaleRepository afterSales,
            ReviewRepository reviews,
            ImSessionRepository sessions,
            ImRoundRepository rounds,
            EscalationRepository escalations,
            ViolationRepository violations,
            LogisticsEventRepository logisticsEvents,
            CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.writer = writer;
        this.orders = orders;
        this.afterSales = afterSales;
        this.reviews = reviews;
        this.sessions = sessions;
        this.rounds = rounds;
        this.escalations = escalations;
        this.violations = violations;
        this.logisticsEvents = logisticsEvents;
        this.currentUser = currentUser;
        this.events = events;
    }

    /**
     * Inserts new rows for shop {@code shopId} in one transaction, without a user: for start-up seeding, tests and
     * the command line. A row whose natural key exists already fails the whole batch, which is rolled back.
     */
    @Transactional
    public void insertUnchecked(long shopId, ActivityBatch batch) {
        writer.insert(shopId, batch);
        events.publishEvent(new ShopDataChanged(shopId));
    }

    /** How many rows of each kind shop {@code shopId} holds, if the current user may see it. */
    public ActivityCounts counts(long shopId) {
        currentUser.requireShop(shopId);
        return countsUnchecked(shopId);
    }

    public ActivityCounts countsUnchecked(long shopId) {
        return new ActivityCounts(
                orders.countByShopId(shopId),
                afterSales.countByShopId(shopId),
                reviews.countByShopId(shopId),
                sessions.countByShopId(shopId),
                rounds.countByShopId(shopId),
                escalations.countByShopId(shopId),
                violations.countByShopId(shopId),
                logisticsEvents.countByShopId(shopId));
    }
}
