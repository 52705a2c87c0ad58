package com.scoredesk.scoring.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One order ({@code orders.csv}). Timestamps are epoch milliseconds, {@link Timestamps#NONE} when empty.
 *
 * @param paidAt when the order was paid; an order without it never counts
 * @param amountPaidFen the amount paid in fen (0.01 yuan), {@link #NO_AMOUNT} when unknown (an unknown amount is
 *     not low)
 * @param flags the {@link OrderFlag} bits
 * @param promisedShipBy the presale's promised shipping time (a deadline, not an event)
 * @param shipFrom origin province, {@code null} when unknown
 * @param shipTo destination province, {@code null} when unknown
 * @param deliveryDueAt the waybill's delivery deadline when the platform gave one (a deadline, not an event)
 * @param pickupRequestedAt when the merchant last asked the courier to come (催揽收), {@link Timestamps#NONE} if never;
 *     not a scored event: only the projection reads it, expecting the pickup a courier lead time later
 */
public record Order(
        String orderId,
        long paidAt,
        long amountPaidFen,
        int flags,
        long promisedShipBy,
        @Nullable Province shipFrom,
        @Nullable Province shipTo,
        long pickedUpAt,
        long deliveryDueAt,
        long signedAt,
        OrderDisplay display,
        long pickupRequestedAt) {

    /** {@link #amountPaidFen()} of an order whose amount is unknown. */
    public static final long NO_AMOUNT = -1;

    public Order {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(display, "display");
        if (amountPaidFen < NO_AMOUNT) {
            throw new IllegalArgumentException("negative amount " + amountPaidFen + " on order " + orderId);
        }
    }

    /** An order nobody asked the courier about. */
    public Order(
            String orderId,
            long paidAt,
            long amountPaidFen,
            int flags,
            long promisedShipBy,
            @Nullable Province shipFrom,
            @Nullable Province shipTo,
            long pickedUpAt,
            long deliveryDueAt,
            long signedAt,
            OrderDisplay display) {
        this(
                orderId,
                paidAt,
                amountPaidFen,
                flags,
                promisedShipBy,
                shipFrom,
                shipTo,
                pickedUpAt,
                deliveryDueAt,
                signedAt,
                display,
                Timestamps.NONE);
    }

    public boolean has(OrderFlag flag) {
        return (flags & flag.bit()) != 0;
    }

    public Order withPickedUpAt(long millis) {
        return new Order(
                orderId,
                paidAt,
                amountPaidFen,
                flags,
                promisedShipBy,
                shipFrom,
                shipTo,
                millis,
                deliveryDueAt,
                signedAt,
                display,
                pickupRequestedAt);
    }

    public Order withSignedAt(long millis) {
        return new Order(
                orderId,
                paidAt,
                amountPaidFen,
                flags,
                promisedShipBy,
                shipFrom,
                shipTo,
                pickedUpAt,
                deliveryDueAt,
                millis,
                display,
                pickupRequestedAt);
    }

    public Order withFlags(int newFlags) {
        return new Order(
                orderId,
                paidAt,
                amountPaidFen,
                newFlags,
                promisedShipBy,
                shipFrom,
                shipTo,
                pickedUpAt,
                deliveryDueAt,
                signedAt,
                display,
                pickupRequestedAt);
    }
}
