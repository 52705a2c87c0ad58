package com.scoredesk.template.support;

import com.scoredesk.activity.ActivityBatch;
import com.scoredesk.activity.OrderDisplay;
import com.scoredesk.activity.OrderRow;
import com.scoredesk.activity.ShopActivityService;
import com.scoredesk.shop.Shop;
import com.scoredesk.shop.ShopService;
import com.scoredesk.shop.ShopType;
import com.scoredesk.user.NewUser;
import com.scoredesk.user.Role;
import com.scoredesk.user.UserService;
import com.scoredesk.user.UserSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Builds what a service test needs in the shared test database: shops, users assigned to them, activity rows, and
 * the logged-in user. Every name is unique, so tests never see one another's data.
 */
public final class TestWorld {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final UserService users;
    private final ShopService shops;
    private final ShopActivityService activity;
    private final MutableClock clock;

    TestWorld(UserService users, ShopService shops, ShopActivityService activity, MutableClock clock) {
        this.users = users;
        this.shops = shops;
        this.activity = activity;
        this.clock = clock;
    }

    public MutableClock clock() {
        return clock;
    }

    /** A new shop. */
    public long shop() {
        int n = SEQUENCE.incrementAndGet();
        return shops.registerUnchecked(new Shop("T-" + n, "测试店铺" + n, "女装", ShopType.FLAGSHIP))
                .id();
    }

    /** A new user with {@code role}, assigned to {@code shopIds}. */
    public UserSummary user(Role role, Long... shopIds) {
        String name = role.name().toLowerCase(java.util.Locale.ROOT) + "-" + SEQUENCE.incrementAndGet();
        return users.createInitialUser(
                new NewUser(name, "客服 " + name, "password-" + name, Set.of(role), Set.of(shopIds)));
    }

    /** Logs {@code user} in on this thread. */
    public void login(UserSummary user) {
        var authorities = user.roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user.username(), null, authorities));
    }

    public void logout() {
        SecurityContextHolder.clearContext();
    }

    public void insert(long shopId, ActivityBatch batch) {
        activity.insertUnchecked(shopId, batch);
    }

    /** {@code "2026-11-20 10:00:00"} in Shanghai. */
    public static Instant at(String shanghaiTime) {
        return LocalDateTime.parse(shanghaiTime, FORMAT)
                .atZone(MutableClock.SHANGHAI)
                .toInstant();
    }

    public static Instant at(@Nullable String shanghaiTime, Instant fallback) {
        return shanghaiTime == null ? fallback : at(shanghaiTime);
    }

    /** An order builder with sensible defaults: paid, 59.90 yuan, 浙江 → 上海, a buyer and a parcel. */
    public static OrderBuilder order(String orderId) {
        return new OrderBuilder(orderId);
    }

    public static ActivityBatch batch(
            List<OrderRow> orders,
            List<com.scoredesk.activity.AfterSaleRow> afterSales,
            List<com.scoredesk.activity.ReviewRow> reviews,
            List<com.scoredesk.activity.LogisticsEventRow> events) {
        return new ActivityBatch(orders, afterSales, reviews, List.of(), List.of(), List.of(), List.of(), events);
    }

    /** Builds an {@link OrderRow}. */
    public static final class OrderBuilder {
        private final String orderId;
        private Instant paidAt = at("2026-11-10 10:00:00");
        private @Nullable Instant pickedUpAt;
        private @Nullable Instant deliveryDueAt;
        private @Nullable Instant signedAt;
        private @Nullable Instant promisedShipBy;
        private @Nullable String from = "浙江";
        private @Nullable String to = "上海";
        private boolean traceCompensation;
        private @Nullable String buyer = "小红";
        private @Nullable String product = "真丝连衣裙";
        private @Nullable String courier = "中通快递";
        private @Nullable String waybill = "ZT1234567890";

        private OrderBuilder(String orderId) {
            this.orderId = orderId;
        }

        public OrderBuilder paid(String at) {
            paidAt = at(at);
            return this;
        }

        public OrderBuilder pickedUp(String at) {
            pickedUpAt = at(at);
            return this;
        }

        public OrderBuilder due(String at) {
            deliveryDueAt = at(at);
            return this;
        }

        public OrderBuilder signed(String at) {
            signedAt = at(at);
            return this;
        }

        public OrderBuilder promised(String at) {
            promisedShipBy = at(at);
            return this;
        }

        public OrderBuilder route(@Nullable String fromProvince, @Nullable String toProvince) {
            from = fromProvince;
            to = toProvince;
            return this;
        }

        public OrderBuilder traceCompensation() {
            traceCompensation = true;
            return this;
        }

        public OrderBuilder buyer(@Nullable String nickname) {
            buyer = nickname;
            return this;
        }

        public OrderBuilder product(@Nullable String name) {
            product = name;
            return this;
        }

        public OrderBuilder parcel(@Nullable String courierName, @Nullable String waybillNo) {
            courier = courierName;
            waybill = waybillNo;
            return this;
        }

        public OrderRow build() {
            return new OrderRow(
                    orderId,
                    paidAt,
                    new BigDecimal("59.90"),
                    false,
                    false,
                    false,
                    false,
                    false,
                    promisedShipBy,
                    false,
                    from,
                    to,
                    pickedUpAt,
                    deliveryDueAt,
                    signedAt,
                    traceCompensation,
                    false,
                    false,
                    false,
                    false,
                    false,
                    new OrderDisplay(buyer, buyer, product, "黑色 M", 1, courier, waybill, Map.of()));
        }
    }
}
