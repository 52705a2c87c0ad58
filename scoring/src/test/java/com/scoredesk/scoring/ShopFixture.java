package com.scoredesk.scoring;

import com.scoredesk.scoring.bundle.RowException;
import com.scoredesk.scoring.bundle.Values;
import com.scoredesk.scoring.model.AfterSale;
import com.scoredesk.scoring.model.AfterSaleStatus;
import com.scoredesk.scoring.model.AfterSaleType;
import com.scoredesk.scoring.model.AppealStatus;
import com.scoredesk.scoring.model.Escalation;
import com.scoredesk.scoring.model.EscalationKind;
import com.scoredesk.scoring.model.ImRound;
import com.scoredesk.scoring.model.ImSession;
import com.scoredesk.scoring.model.Order;
import com.scoredesk.scoring.model.OrderDisplay;
import com.scoredesk.scoring.model.OrderFlag;
import com.scoredesk.scoring.model.Province;
import com.scoredesk.scoring.model.ReasonCategory;
import com.scoredesk.scoring.model.Review;
import com.scoredesk.scoring.model.Shop;
import com.scoredesk.scoring.model.ShopData;
import com.scoredesk.scoring.model.ShopDataBuilder;
import com.scoredesk.scoring.model.ShopType;
import com.scoredesk.scoring.model.Timestamps;
import com.scoredesk.scoring.model.Violation;
import com.scoredesk.scoring.model.ViolationKind;
import org.jspecify.annotations.Nullable;

/** Builds small shops for tests, with Shanghai local times written as {@code "2026-11-01 10:00:00"}. */
public final class ShopFixture {

    private final ShopDataBuilder builder = new ShopDataBuilder();
    private Shop shop;
    private int next;

    public ShopFixture() {
        this("其他", ShopType.NON_FLAGSHIP);
    }

    public ShopFixture(String industry, ShopType type) {
        shop = new Shop("S1", "测试店", industry, type, null, false, false);
    }

    public ShopFixture remoteLogisticsService() {
        shop = shop.withRemoteLogisticsService(true);
        return this;
    }

    public ShopFixture freightInsuranceEnabled() {
        shop = shop.withFreightInsuranceEnabled(true);
        return this;
    }

    /** Epoch millis of a Shanghai local time; empty or null is {@link Timestamps#NONE}. */
    public static long t(@Nullable String text) {
        if (text == null) {
            return Timestamps.NONE;
        }
        try {
            return Values.timestamp("time", text);
        } catch (RowException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    public OrderBuilder order() {
        return new OrderBuilder("O" + (++next));
    }

    /** Adds {@code count} copies of an order (ids made unique) and returns the index of the first. */
    public int orders(int count, OrderBuilder template) {
        int first = -1;
        for (int i = 0; i < count; i++) {
            int index = template.copyAs("O" + (++next)).add();
            if (first < 0) {
                first = index;
            }
        }
        return first;
    }

    public int afterSale(
            int order,
            AfterSaleType type,
            ReasonCategory reason,
            String applied,
            @Nullable String agreed,
            @Nullable String refunded) {
        return afterSale(order, type, reason, applied, agreed, refunded, null, false, false, false, false);
    }

    public int afterSale(
            int order,
            AfterSaleType type,
            ReasonCategory reason,
            String applied,
            @Nullable String agreed,
            @Nullable String refunded,
            @Nullable String closed,
            boolean platformInitiated,
            boolean arbitration,
            boolean merchantResponsible,
            boolean logisticsLiability) {
        builder.addAfterSale(new AfterSale(
                "A" + (++next),
                order,
                type,
                t(applied),
                reason,
                "",
                t(agreed),
                Timestamps.NONE,
                Timestamps.NONE,
                t(refunded),
                t(closed),
                AfterSaleStatus.PENDING,
                platformInitiated,
                arbitration,
                merchantResponsible,
                logisticsLiability,
                -1,
                -1));
        return next;
    }

    public ShopFixture review(int order, String created, int rating) {
        return review("R" + (++next), order, created, rating, AppealStatus.NONE);
    }

    public ShopFixture review(String id, int order, String created, int rating, AppealStatus appeal) {
        builder.addReview(new Review(id, order, t(created), rating, 5, 5, "", false, appeal));
        return this;
    }

    /** Adds a session and returns its index. */
    public int session(int order, String started, boolean human, int rating) {
        return builder.addSession(new ImSession("M" + (++next), order, "B1", t(started), human, rating));
    }

    public ShopFixture round(int session, String message, @Nullable String reply) {
        builder.addRound(new ImRound(session, t(message), t(reply)));
        return this;
    }

    public ShopFixture escalation(int order, String at, EscalationKind kind) {
        builder.addEscalation(new Escalation("E" + (++next), order, t(at), kind));
        return this;
    }

    public ShopFixture violation(String at, ViolationKind kind) {
        builder.addViolation(new Violation("V" + (++next), t(at), kind));
        return this;
    }

    public ShopData build() {
        builder.shop(shop);
        return builder.build();
    }

    /** An order being described. */
    public final class OrderBuilder {
        private String id;
        private long paid = Timestamps.NONE;
        private long amount = 10_000;
        private int flags;
        private long promised = Timestamps.NONE;
        private @Nullable Province from = Province.ZHEJIANG;
        private @Nullable Province to = Province.JIANGSU;
        private long picked = Timestamps.NONE;
        private long due = Timestamps.NONE;
        private long signed = Timestamps.NONE;
        private long pickupRequested = Timestamps.NONE;

        OrderBuilder(String id) {
            this.id = id;
        }

        OrderBuilder copyAs(String newId) {
            OrderBuilder b = new OrderBuilder(newId);
            b.paid = paid;
            b.amount = amount;
            b.flags = flags;
            b.promised = promised;
            b.from = from;
            b.to = to;
            b.picked = picked;
            b.due = due;
            b.signed = signed;
            b.pickupRequested = pickupRequested;
            return b;
        }

        public OrderBuilder paid(String at) {
            paid = t(at);
            return this;
        }

        public OrderBuilder amountFen(long fen) {
            amount = fen;
            return this;
        }

        public OrderBuilder flag(OrderFlag flag) {
            flags |= flag.bit();
            return this;
        }

        public OrderBuilder promised(String at) {
            promised = t(at);
            return this;
        }

        public OrderBuilder route(@Nullable Province origin, @Nullable Province destination) {
            from = origin;
            to = destination;
            return this;
        }

        public OrderBuilder picked(@Nullable String at) {
            picked = t(at);
            return this;
        }

        public OrderBuilder due(@Nullable String at) {
            due = t(at);
            return this;
        }

        public OrderBuilder signed(@Nullable String at) {
            signed = t(at);
            return this;
        }

        /** The merchant asked the courier to come (催揽收) at {@code at}. */
        public OrderBuilder pickupRequested(String at) {
            pickupRequested = t(at);
            return this;
        }

        /** Adds the order and returns its index. */
        public int add() {
            return builder.addOrder(new Order(
                    id,
                    paid,
                    amount,
                    flags,
                    promised,
                    from,
                    to,
                    picked,
                    due,
                    signed,
                    OrderDisplay.EMPTY,
                    pickupRequested));
        }
    }
}
