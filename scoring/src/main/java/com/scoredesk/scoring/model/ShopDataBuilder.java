package com.scoredesk.scoring.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Collects the records of a shop and gives out the order and session indexes that later records refer to. Not
 * thread-safe; {@link #build()} returns the immutable {@link ShopData}.
 */
public final class ShopDataBuilder {

    private @Nullable Shop shop;
    private final List<Order> orders = new ArrayList<>();
    private final Map<String, Integer> orderIndex = new HashMap<>();
    private final List<AfterSale> afterSales = new ArrayList<>();
    private final List<Review> reviews = new ArrayList<>();
    private final List<ImSession> sessions = new ArrayList<>();
    private final Map<String, Integer> sessionIndex = new HashMap<>();
    private final List<ImRound> rounds = new ArrayList<>();
    private final List<Escalation> escalations = new ArrayList<>();
    private final List<Violation> violations = new ArrayList<>();
    private final List<LogisticsEvent> logisticsEvents = new ArrayList<>();

    public ShopDataBuilder shop(Shop value) {
        this.shop = Objects.requireNonNull(value, "shop");
        return this;
    }

    /**
     * Adds an order and returns its index.
     *
     * @throws IllegalArgumentException when an order with the same id was added before
     */
    public int addOrder(Order order) {
        int index = orders.size();
        if (orderIndex.putIfAbsent(order.orderId(), index) != null) {
            throw new IllegalArgumentException("duplicate order id " + order.orderId());
        }
        orders.add(order);
        return index;
    }

    /** The index of the order with id {@code orderId}, if it was added. */
    public OptionalInt orderIndex(String orderId) {
        Integer i = orderIndex.get(orderId);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /**
     * Adds a session and returns its index.
     *
     * @throws IllegalArgumentException when a session with the same id was added before
     */
    public int addSession(ImSession session) {
        int index = sessions.size();
        if (sessionIndex.putIfAbsent(session.sessionId(), index) != null) {
            throw new IllegalArgumentException("duplicate session id " + session.sessionId());
        }
        sessions.add(session);
        return index;
    }

    /** The index of the session with id {@code sessionId}, if it was added. */
    public OptionalInt sessionIndex(String sessionId) {
        Integer i = sessionIndex.get(sessionId);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    public ShopDataBuilder addAfterSale(AfterSale afterSale) {
        afterSales.add(afterSale);
        return this;
    }

    public ShopDataBuilder addReview(Review review) {
        reviews.add(review);
        return this;
    }

    public ShopDataBuilder addRound(ImRound round) {
        rounds.add(round);
        return this;
    }

    public ShopDataBuilder addEscalation(Escalation escalation) {
        escalations.add(escalation);
        return this;
    }

    public ShopDataBuilder addViolation(Violation violation) {
        violations.add(violation);
        return this;
    }

    public ShopDataBuilder addLogisticsEvent(LogisticsEvent event) {
        logisticsEvents.add(event);
        return this;
    }

    public int orderCount() {
        return orders.size();
    }

    public int sessionCount() {
        return sessions.size();
    }

    /**
     * @throws IllegalStateException when no shop was set
     */
    public ShopData build() {
        if (shop == null) {
            throw new IllegalStateException("no shop");
        }
        return new ShopData(
                shop, orders, afterSales, reviews, sessions, rounds, escalations, violations, logisticsEvents);
    }
}
