package com.scoredesk.activity;

import com.scoredesk.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An order of a shop (订单), with its logistics. Agents act on it (pickup follow-up), hence the version. */
@Entity
@Table(name = "orders")
public class ShopOrder extends AbstractEntity {

    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;

    @Column(name = "order_id", nullable = false, updatable = false, length = 64)
    private String orderId;

    @Column(name = "paid_at")
    private @Nullable Instant paidAt;

    @Column(name = "amount_paid", precision = 14, scale = 2)
    private @Nullable BigDecimal amountPaid;

    @Column(name = "is_gift", nullable = false)
    private boolean gift;

    @Column(name = "is_lucky_bag", nullable = false)
    private boolean luckyBag;

    @Column(name = "is_instant_refund", nullable = false)
    private boolean instantRefund;

    @Column(name = "is_abnormal", nullable = false)
    private boolean abnormal;

    @Column(name = "is_presale", nullable = false)
    private boolean presale;

    @Column(name = "promised_ship_by")
    private @Nullable Instant promisedShipBy;

    @Column(name = "is_virtual", nullable = false)
    private boolean virtual;

    @Column(name = "ship_from_province", length = 40)
    private @Nullable String shipFromProvince;

    @Column(name = "ship_to_province", length = 40)
    private @Nullable String shipToProvince;

    @Column(name = "picked_up_at")
    private @Nullable Instant pickedUpAt;

    @Column(name = "delivery_due_at")
    private @Nullable Instant deliveryDueAt;

    @Column(name = "signed_at")
    private @Nullable Instant signedAt;

    @Column(name = "trace_compensation", nullable = false)
    private boolean traceCompensation;

    @Column(name = "fraudulent_shipping", nullable = false)
    private boolean fraudulentShipping;

    @Column(name = "next_day_delivery", nullable = false)
    private boolean nextDayDelivery;

    @Column(name = "freight_insurance", nullable = false)
    private boolean freightInsurance;

    @Column(name = "bulky_freight_insurance", nullable = false)
    private boolean bulkyFreightInsurance;

    @Column(name = "home_installation", nullable = false)
    private boolean homeInstallation;

    @Column(name = "buyer_id", length = 64)
    private @Nullable String buyerId;

    @Column(name = "buyer_nickname", length = 120)
    private @Nullable String buyerNickname;

    @Column(name = "product_name", length = 300)
    private @Nullable String productName;

    @Column(length = 200)
    private @Nullable String sku;

    private @Nullable Integer quantity;

    @Column(length = 60)
    private @Nullable String courier;

    @Column(name = "waybill_no", length = 64)
    private @Nullable String waybillNo;

    @Column(name = "extra_columns", length = 10000)
    private @Nullable String extraColumns;

    protected ShopOrder() {}

    public ShopOrder(long shopId, OrderRow row) {
        this.shopId = shopId;
        this.orderId = row.orderId();
        update(row);
    }

    /** Takes every column of {@code row}, which must describe this order. */
    public void update(OrderRow row) {
        if (!row.orderId().equals(orderId)) {
            throw new IllegalArgumentException("row of order " + row.orderId() + " given to order " + orderId);
        }
        paidAt = row.paidAt();
        amountPaid = row.amountPaid();
        gift = row.gift();
        luckyBag = row.luckyBag();
        instantRefund = row.instantRefund();
        abnormal = row.abnormal();
        presale = row.presale();
        promisedShipBy = row.promisedShipBy();
        virtual = row.virtual();
        shipFromProvince = row.shipFromProvince();
        shipToProvince = row.shipToProvince();
        pickedUpAt = row.pickedUpAt();
        deliveryDueAt = row.deliveryDueAt();
        signedAt = row.signedAt();
        traceCompensation = row.traceCompensation();
        fraudulentShipping = row.fraudulentShipping();
        nextDayDelivery = row.nextDayDelivery();
        freightInsurance = row.freightInsurance();
        bulkyFreightInsurance = row.bulkyFreightInsurance();
        homeInstallation = row.homeInstallation();
        OrderDisplay display = row.display();
        buyerId = display.buyerId();
        buyerNickname = display.buyerNickname();
        productName = display.productName();
        sku = display.sku();
        quantity = display.quantity();
        courier = display.courier();
        waybillNo = display.waybillNo();
        extraColumns = ExtraColumns.toJson(display.extraColumns());
    }

    /** The courier picked the parcel up. */
    public void pickUp(Instant at) {
        pickedUpAt = Objects.requireNonNull(at, "at");
    }

    public OrderRow toRow() {
        return new OrderRow(
                orderId,
                paidAt,
                amountPaid,
                gift,
                luckyBag,
                instantRefund,
                abnormal,
                presale,
                promisedShipBy,
                virtual,
                shipFromProvince,
                shipToProvince,
                pickedUpAt,
                deliveryDueAt,
                signedAt,
                traceCompensation,
                fraudulentShipping,
                nextDayDelivery,
                freightInsurance,
                bulkyFreightInsurance,
                homeInstallation,
                new OrderDisplay(
                        buyerId,
                        buyerNickname,
                        productName,
                        sku,
                        quantity,
                        courier,
                        waybillNo,
                        ExtraColumns.fromJson(extraColumns)));
    }

    public long getShopId() {
        return shopId;
    }

    public String getOrderId() {
        return orderId;
    }

    public @Nullable Instant getPaidAt() {
        return paidAt;
    }

    public @Nullable Instant getPickedUpAt() {
        return pickedUpAt;
    }
}
