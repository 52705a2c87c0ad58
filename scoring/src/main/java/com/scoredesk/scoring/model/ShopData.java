package com.scoredesk.scoring.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Everything known about one shop: the input of a score. After-sales, reviews, escalations and logistics events
 * refer to orders, and rounds to sessions, by their index in {@link #orders()} and {@link #sessions()}.
 *
 * <p>Immutable and thread-safe. Values derived from the data (indexes the calculator builds once) are cached
 * with {@link #derived(Object, Function)}.
 */
public final class ShopData {

    private final Shop shop;
    private final List<Order> orders;
    private final List<AfterSale> afterSales;
    private final List<Review> reviews;
    private final List<ImSession> sessions;
    private final List<ImRound> rounds;
    private final List<Escalation> escalations;
    private final List<Violation> violations;
    private final List<LogisticsEvent> logisticsEvents;
    private final Map<Object, Object> derived = new ConcurrentHashMap<>();

    /**
     * @throws IllegalArgumentException when a record refers to an order or a session that is not in the lists
     */
    public ShopData(
            Shop shop,
            List<Order> orders,
            List<AfterSale> afterSales,
            List<Review> reviews,
            List<ImSession> sessions,
            List<ImRound> rounds,
            List<Escalation> escalations,
            List<Violation> violations,
            List<LogisticsEvent> logisticsEvents) {
        this.shop = Objects.requireNonNull(shop, "shop");
        this.orders = List.copyOf(orders);
        this.afterSales = List.copyOf(afterSales);
        this.reviews = List.copyOf(reviews);
        this.sessions = List.copyOf(sessions);
        this.rounds = List.copyOf(rounds);
        this.escalations = List.copyOf(escalations);
        this.violations = List.copyOf(violations);
        this.logisticsEvents = List.copyOf(logisticsEvents);
        int n = this.orders.size();
        for (AfterSale a : this.afterSales) {
            checkOrder(a.order(), n, a.afterSaleId());
        }
        for (Review r : this.reviews) {
            checkOrder(r.order(), n, r.reviewId());
        }
        for (ImSession s : this.sessions) {
            if (s.hasOrder()) {
                checkOrder(s.order(), n, s.sessionId());
            }
        }
        for (Escalation e : this.escalations) {
            checkOrder(e.order(), n, e.escalationId());
        }
        for (LogisticsEvent e : this.logisticsEvents) {
            checkOrder(e.order(), n, "logistics event");
        }
        int m = this.sessions.size();
        for (ImRound r : this.rounds) {
            if (r.session() >= m) {
                throw new IllegalArgumentException("round refers to session #" + r.session() + " of " + m);
            }
        }
    }

    private static void checkOrder(int order, int n, String who) {
        if (order < 0 || order >= n) {
            throw new IllegalArgumentException(who + " refers to order #" + order + " of " + n);
        }
    }

    /** A shop with orders only. */
    public static ShopData of(Shop shop, List<Order> orders) {
        return new ShopData(shop, orders, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public Shop shop() {
        return shop;
    }

    public List<Order> orders() {
        return orders;
    }

    public List<AfterSale> afterSales() {
        return afterSales;
    }

    public List<Review> reviews() {
        return reviews;
    }

    public List<ImSession> sessions() {
        return sessions;
    }

    public List<ImRound> rounds() {
        return rounds;
    }

    public List<Escalation> escalations() {
        return escalations;
    }

    public List<Violation> violations() {
        return violations;
    }

    public List<LogisticsEvent> logisticsEvents() {
        return logisticsEvents;
    }

    public Order order(int index) {
        return orders.get(index);
    }

    /** The index of the order with id {@code orderId}. */
    public OptionalInt orderIndex(String orderId) {
        Map<String, Integer> index = derived(OrderIndexKey.KEY, data -> {
            Map<String, Integer> map = new HashMap<>(data.orders.size() * 2);
            for (int i = 0; i < data.orders.size(); i++) {
                map.putIfAbsent(data.orders.get(i).orderId(), i);
            }
            return map;
        });
        Integer i = index.get(orderId);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /**
     * A value derived from this data, computed once per key and cached. {@code compute} must be a pure function
     * of the data and must not call this method itself.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, Function<ShopData, T> compute) {
        Object value = derived.get(key);
        if (value == null) {
            value = compute.apply(this);
            Object raced = derived.putIfAbsent(key, value);
            if (raced != null) {
                value = raced;
            }
        }
        return (T) value;
    }

    public ShopData withShop(Shop newShop) {
        return new ShopData(
                newShop, orders, afterSales, reviews, sessions, rounds, escalations, violations, logisticsEvents);
    }

    public ShopData withOrders(List<Order> newOrders) {
        return new ShopData(
                shop, newOrders, afterSales, reviews, sessions, rounds, escalations, violations, logisticsEvents);
    }

    public ShopData withAfterSales(List<AfterSale> newAfterSales) {
        return new ShopData(
                shop, orders, newAfterSales, reviews, sessions, rounds, escalations, violations, logisticsEvents);
    }

    public ShopData withReviews(List<Review> newReviews) {
        return new ShopData(
                shop, orders, afterSales, newReviews, sessions, rounds, escalations, violations, logisticsEvents);
    }

    public ShopData withSessions(List<ImSession> newSessions, List<ImRound> newRounds) {
        return new ShopData(
                shop, orders, afterSales, reviews, newSessions, newRounds, escalations, violations, logisticsEvents);
    }

    public ShopData withRounds(List<ImRound> newRounds) {
        return new ShopData(
                shop, orders, afterSales, reviews, sessions, newRounds, escalations, violations, logisticsEvents);
    }

    public ShopData withEscalations(List<Escalation> newEscalations) {
        return new ShopData(
                shop, orders, afterSales, reviews, sessions, rounds, newEscalations, violations, logisticsEvents);
    }

    public ShopData withViolations(List<Violation> newViolations) {
        return new ShopData(
                shop, orders, afterSales, reviews, sessions, rounds, escalations, newViolations, logisticsEvents);
    }

    private enum OrderIndexKey {
        KEY
    }
}
