package com.scoredesk.scoring.generate;

import static com.scoredesk.scoring.model.Timestamps.DAY;
import static com.scoredesk.scoring.model.Timestamps.HOUR;
import static com.scoredesk.scoring.model.Timestamps.MINUTE;
import static com.scoredesk.scoring.model.Timestamps.NONE;
import static com.scoredesk.scoring.model.Timestamps.SECOND;

import com.scoredesk.scoring.model.AfterSale;
import com.scoredesk.scoring.model.AfterSaleStatus;
import com.scoredesk.scoring.model.AfterSaleType;
import com.scoredesk.scoring.model.AppealStatus;
import com.scoredesk.scoring.model.Escalation;
import com.scoredesk.scoring.model.EscalationKind;
import com.scoredesk.scoring.model.ImRound;
import com.scoredesk.scoring.model.ImSession;
import com.scoredesk.scoring.model.LogisticsAnomaly;
import com.scoredesk.scoring.model.LogisticsEvent;
import com.scoredesk.scoring.model.LogisticsNode;
import com.scoredesk.scoring.model.Order;
import com.scoredesk.scoring.model.OrderDisplay;
import com.scoredesk.scoring.model.OrderFlag;
import com.scoredesk.scoring.model.Province;
import com.scoredesk.scoring.model.ReasonCategory;
import com.scoredesk.scoring.model.Review;
import com.scoredesk.scoring.model.Shop;
import com.scoredesk.scoring.model.ShopData;
import com.scoredesk.scoring.model.Timestamps;
import com.scoredesk.scoring.model.Violation;
import com.scoredesk.scoring.model.ViolationKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Generates a shop's activity: seeded, so the same seed and spec always give the same data, and realistic enough
 * for demo data and the benchmark — orders with pickups, deliveries and sign-offs (some late, some not yet), after
 * sales of every type and reason (some still waiting for the merchant), reviews with 1–2★ ones mostly behind
 * logistics or quality trouble, chat sessions with rounds (a few unanswered), escalations, violations, parcel
 * traces with anomalies, and display fields with Chinese buyer nicknames, products and couriers. Nothing happens at
 * or after {@link GeneratorSpec#end()}; whatever would have is left empty, so the data has open work items.
 *
 * <p>Not thread-safe (one random source); create one per thread.
 */
public final class ShopGenerator {

    private static final String[] NICK_HEADS = {
        "快乐", "追风", "橘子", "晴天", "小鹿", "奶茶", "星星", "可爱", "安静", "木子", "一只", "甜甜", "阿福", "北方", "南风", "月亮"
    };
    private static final String[] NICK_TAILS = {
        "小猪", "少年", "汽水", "娃娃", "乱撞", "不加糖", "眨眼", "多多", "的猫", "李", "喵", "圈", "宝", "的鱼", "知意", "酱"
    };
    private static final Map<String, String[]> PRODUCTS = Map.of(
            "女装", new String[] {"法式碎花连衣裙", "针织开衫", "高腰阔腿裤", "双面羊毛大衣", "真丝衬衫", "百褶半身裙", "纯棉T恤", "羽绒马甲"},
            "茶", new String[] {"明前龙井 250g", "正山小种礼盒", "安吉白茶", "凤凰单丛", "云南普洱熟茶饼", "茉莉花茶"},
            "玩具乐器", new String[] {"儿童积木 300 粒", "尤克里里 23 寸", "遥控赛车", "拼图 1000 片", "毛绒兔子", "电子琴 61 键"});
    private static final String[] DEFAULT_PRODUCTS = {"收纳盒三件套", "保温杯 500ml", "无线充电器", "香薰蜡烛", "四件套床品", "护手霜礼盒"};
    private static final String[] COLOURS = {"黑色", "白色", "杏色", "雾蓝", "酒红", "燕麦色"};
    private static final String[] SIZES = {"S", "M", "L", "XL", "均码"};
    private static final String[][] COURIERS = {
        {"中通快递", "7"},
        {"圆通速递", "YT"},
        {"韵达快递", "43"},
        {"申通快递", "77"},
        {"顺丰速运", "SF"},
        {"极兔速递", "JT"},
        {"京东物流", "JDV"},
        {"邮政EMS", "98"}
    };
    private static final Province[] ORIGINS = {Province.ZHEJIANG, Province.GUANGDONG, Province.JIANGSU};
    private static final double[] ORIGIN_WEIGHTS = {0.7, 0.2, 0.1};
    private static final Province[] DESTINATIONS = Province.values();
    private static final double[] DESTINATION_WEIGHTS = destinationWeights();
    private static final double[] HOUR_WEIGHTS = {
        1, 0.6, 0.3, 0.2, 0.2, 0.3, 0.6, 1.2, 2, 3, 3.5, 3.5, 3.2, 3, 3, 3.2, 3.4, 3.6, 4, 4.5, 5, 5, 4, 2.5
    };
    private static final String[] GOOD_TEXT = {"非常好", "质量不错", "很满意，会回购", "物流很快", "和描述一致"};
    private static final String[] BAD_TEXT = {"快递太慢了", "包装破了", "质量一般", "颜色和图片不一样", "等了一个星期才到"};

    private final SplittableRandom random;

    public ShopGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    private static double[] destinationWeights() {
        double[] w = new double[DESTINATIONS.length];
        for (Province p : DESTINATIONS) {
            w[p.ordinal()] = switch (p) {
                case GUANGDONG, JIANGSU, ZHEJIANG, SHANDONG, HENAN -> 8;
                case SICHUAN, HUBEI, HUNAN, HEBEI, FUJIAN, SHANGHAI, BEIJING, ANHUI -> 5;
                case XINJIANG, TIBET, QINGHAI, INNER_MONGOLIA, NINGXIA, GANSU -> 0.8;
                case TAIWAN, HONG_KONG, MACAU -> 0;
                default -> 3;
            };
        }
        return w;
    }

    /** Generates the shop of {@code spec}. */
    public ShopData generate(GeneratorSpec spec) {
        return new Run(spec).build();
    }

    /** The state of one generation. */
    private final class Run {
        final GeneratorSpec spec;
        final long end;
        final double trouble;
        final List<Order> orders = new ArrayList<>();
        final List<AfterSale> afterSales = new ArrayList<>();
        final List<Review> reviews = new ArrayList<>();
        final List<ImSession> sessions = new ArrayList<>();
        final List<ImRound> rounds = new ArrayList<>();
        final List<Escalation> escalations = new ArrayList<>();
        final List<Violation> violations = new ArrayList<>();
        final List<LogisticsEvent> events = new ArrayList<>();
        final String[] products;

        Run(GeneratorSpec spec) {
            this.spec = spec;
            this.end = spec.end().toEpochMilli();
            this.trouble = spec.trouble();
            this.products = PRODUCTS.getOrDefault(spec.industry(), DEFAULT_PRODUCTS);
        }

        ShopData build() {
            long[] paid = new long[spec.orders()];
            long firstDay = Timestamps.epochDay(end) - spec.days();
            for (int i = 0; i < paid.length; i++) {
                paid[i] = paidTime(firstDay);
            }
            Arrays.sort(paid);
            for (int i = 0; i < paid.length; i++) {
                order(i, paid[i]);
            }
            int presale = spec.orders() / 30;
            for (int i = 0; i < presale; i++) {
                long started = end - (long) (random.nextDouble() * spec.days() * DAY);
                session(ImSession.NO_ORDER, started, random.nextDouble() < 0.8, "B" + random.nextInt(1_000_000));
            }
            for (int v = 0; v < spec.violations(); v++) {
                ViolationKind kind = pick(ViolationKind.values());
                long at = end - (long) (random.nextDouble() * spec.days() * DAY);
                violations.add(new Violation(String.format("V%06d", v + 1), at, kind));
            }
            Shop shop = new Shop(
                    spec.shopId(),
                    "演示店铺 " + spec.shopId(),
                    spec.industry(),
                    spec.shopType(),
                    LocalDate.ofEpochDay(firstDay - 400),
                    spec.remoteLogisticsService(),
                    spec.freightInsuranceEnabled());
            return new ShopData(shop, orders, afterSales, reviews, sessions, rounds, escalations, violations, events);
        }

        long paidTime(long firstDay) {
            long day = firstDay + random.nextInt(spec.days() + 1);
            int hour = weighted(HOUR_WEIGHTS);
            long t = Timestamps.startOfDay(day) + hour * HOUR + random.nextLong(HOUR);
            if (t >= end) {
                t = end - 1 - random.nextLong(Math.min(end - Timestamps.startOfDay(firstDay), 6 * HOUR));
            }
            return t;
        }

        void order(int i, long paid) {
            int flags = 0;
            double u = random.nextDouble();
            if (u < 0.010) {
                flags |= OrderFlag.GIFT.bit();
            } else if (u < 0.015) {
                flags |= OrderFlag.LUCKY_BAG.bit();
            } else if (u < 0.020) {
                flags |= OrderFlag.INSTANT_REFUND.bit();
            } else if (u < 0.023) {
                flags |= OrderFlag.ABNORMAL.bit();
            }
            boolean presale = chance(0.03);
            boolean virtual = !presale && chance(0.01);
            flags |= presale ? OrderFlag.PRESALE.bit() : 0;
            flags |= virtual ? OrderFlag.VIRTUAL.bit() : 0;
            flags |= chance(0.15) ? OrderFlag.NEXT_DAY_DELIVERY.bit() : 0;
            flags |= chance(0.30) ? OrderFlag.FREIGHT_INSURANCE.bit() : 0;
            flags |= chance(0.01) ? OrderFlag.BULKY_FREIGHT_INSURANCE.bit() : 0;
            flags |= chance(0.005) ? OrderFlag.HOME_INSTALLATION.bit() : 0;
            long amount = chance(0.01)
                    ? 1 + random.nextInt(199)
                    : chance(0.005) ? Order.NO_AMOUNT : 2000 + (long) (Math.exp(random.nextDouble() * 3.2) * 1500);
            Province from = ORIGINS[weighted(ORIGIN_WEIGHTS)];
            Province to = DESTINATIONS[weighted(DESTINATION_WEIGHTS)];
            long promised = presale ? paid + (5 + random.nextInt(10)) * DAY : NONE;
            long picked = NONE;
            long signed = NONE;
            long due = NONE;
            boolean trace = false;
            boolean troubled = false;
            if (!virtual) {
                long start = pickupStart(paid);
                double h = pickupHours();
                troubled = h > 40;
                long p = presale ? promised - (long) (random.nextDouble() * 2 * DAY) : start + (long) (h * HOUR);
                if (p < end) {
                    picked = Math.max(p, paid + 10 * MINUTE);
                    trace = chance(0.005 * trouble);
                    double transitDays = from == to
                            ? 0.6 + random.nextDouble() * 1.5
                            : isRemote(to) ? 3 + random.nextDouble() * 4 : 1.2 + random.nextDouble() * 3.2;
                    if (chance(0.04 * trouble)) {
                        transitDays += 1 + random.nextDouble() * 4;
                        troubled = true;
                    }
                    long s = picked + (long) (transitDays * DAY);
                    if (s < end && !chance(0.02)) {
                        signed = s;
                    }
                    if (chance(0.10)) {
                        due = endOfDay(Timestamps.epochDay(picked) + 3);
                    }
                }
            }
            flags |= trace ? OrderFlag.TRACE_COMPENSATION.bit() : 0;
            flags |= picked != NONE && chance(0.0005) ? OrderFlag.FRAUDULENT_SHIPPING.bit() : 0;
            String orderId = String.format("O%09d", i + 1);
            OrderDisplay display = spec.displayFields() ? display(i) : OrderDisplay.EMPTY;
            Order order = new Order(orderId, paid, amount, flags, promised, from, to, picked, due, signed, display);
            int index = orders.size();
            orders.add(order);
            boolean hasAfterSale = afterSale(index, order, troubled);
            reviews(index, order, troubled || trace);
            boolean chatted = false;
            if (chance(0.12 * Math.sqrt(trouble))) {
                long started = paid + (long) (random.nextDouble() * 5 * DAY);
                if (started < end) {
                    String buyer = display.buyerId() != null ? display.buyerId() : "B" + i;
                    session(index, started, chance(0.85), buyer);
                    chatted = true;
                }
            }
            if ((hasAfterSale || chatted) && chance(0.015 * trouble)) {
                long at = paid + (long) ((1 + random.nextDouble() * 6) * DAY);
                if (at < end) {
                    EscalationKind kind = pick(EscalationKind.values());
                    escalations.add(new Escalation(String.format("E%09d", escalations.size() + 1), index, at, kind));
                }
            }
            if (spec.logisticsEvents() && picked != NONE) {
                trace(index, picked, signed, trace);
            }
        }

        double pickupHours() {
            double u = random.nextDouble();
            double late = Math.min(0.5, 0.08 * trouble);
            if (u < late * 0.25) {
                return 48 + random.nextDouble() * 40;
            }
            if (u < late) {
                return 30 + random.nextDouble() * 18;
            }
            if (u < 0.3) {
                return 16 + random.nextDouble() * 14;
            }
            return 1 + random.nextDouble() * 15;
        }

        boolean afterSale(int index, Order order, boolean troubled) {
            if (!chance(0.08 * Math.sqrt(trouble))) {
                return false;
            }
            double u = random.nextDouble();
            AfterSaleType type = order.pickedUpAt() == NONE || u < 0.2
                    ? AfterSaleType.REFUND_UNSHIPPED
                    : u < 0.4
                            ? AfterSaleType.REFUND_SHIPPED
                            : u < 0.9 ? AfterSaleType.RETURN_REFUND : AfterSaleType.EXCHANGE;
            long applied;
            if (type == AfterSaleType.REFUND_UNSHIPPED) {
                long limit =
                        order.pickedUpAt() == NONE ? 24 * HOUR : Math.max(MINUTE, order.pickedUpAt() - order.paidAt());
                applied = order.paidAt() + 1 + random.nextLong(limit);
            } else {
                long from = order.signedAt() != NONE ? order.signedAt() : order.pickedUpAt() + 2 * DAY;
                applied = from + random.nextLong(5 * DAY);
            }
            if (applied >= end) {
                return false;
            }
            ReasonCategory reason = troubled && chance(0.5)
                    ? (chance(0.6) ? ReasonCategory.LOGISTICS_QUALITY : ReasonCategory.DAMAGE)
                    : pickReason();
            long start = reviewStart(applied);
            double u2 = random.nextDouble();
            double hours = u2 < 0.6
                    ? random.nextDouble() * 4
                    : u2 < 0.9 ? 4 + random.nextDouble() * 20 : 24 + random.nextDouble() * 36;
            long agreed = start + (long) (hours * trouble * HOUR);
            long refunded = NONE;
            long returnSigned = NONE;
            long closed = NONE;
            AfterSaleStatus status;
            if (chance(0.08)) {
                agreed = NONE;
                closed = at(applied + (long) ((1 + random.nextDouble() * 2) * DAY));
                status = closed == NONE ? AfterSaleStatus.PENDING : AfterSaleStatus.REJECTED;
            } else if (agreed >= end) {
                agreed = NONE;
                status = AfterSaleStatus.PENDING;
            } else {
                status = AfterSaleStatus.AGREED;
                switch (type) {
                    case REFUND_UNSHIPPED, REFUND_SHIPPED -> refunded = agreed;
                    case RETURN_REFUND -> {
                        refunded = at(agreed + (long) ((2 + random.nextDouble() * 4) * DAY));
                        returnSigned = refunded == NONE ? NONE : refunded - (long) (random.nextDouble() * 6 * HOUR);
                    }
                    case EXCHANGE -> closed = at(agreed + (long) ((5 + random.nextDouble() * 3) * DAY));
                }
                if (refunded != NONE) {
                    status = AfterSaleStatus.REFUNDED;
                } else if (closed != NONE) {
                    status = AfterSaleStatus.CLOSED;
                }
            }
            boolean arbitration = chance(0.03 * trouble);
            afterSales.add(new AfterSale(
                    String.format("A%09d", afterSales.size() + 1),
                    index,
                    type,
                    applied,
                    reason,
                    reasonText(reason),
                    agreed,
                    returnSigned,
                    agreed,
                    refunded,
                    closed,
                    status,
                    chance(0.02),
                    arbitration,
                    arbitration && chance(0.5),
                    reason == ReasonCategory.LOGISTICS_QUALITY && chance(0.6),
                    60 + random.nextInt(7200),
                    order.amountPaidFen() < 0 ? -1 : order.amountPaidFen()));
            return true;
        }

        void reviews(int index, Order order, boolean troubled) {
            if (order.signedAt() == NONE || !chance(0.3)) {
                return;
            }
            long created = order.signedAt() + (long) ((0.3 + random.nextDouble() * 9) * DAY);
            if (created >= end) {
                return;
            }
            int stars = stars(troubled);
            AppealStatus appeal = AppealStatus.NONE;
            if (stars <= 2) {
                double u = random.nextDouble();
                appeal = u < 0.10
                        ? AppealStatus.APPROVED
                        : u < 0.15
                                ? AppealStatus.REJECTED
                                : u < 0.20 ? AppealStatus.SUBMITTED : u < 0.25 ? AppealStatus.DRAFT : AppealStatus.NONE;
            }
            String text = stars <= 2 ? pick(BAD_TEXT) : stars == 3 ? "一般" : pick(GOOD_TEXT);
            reviews.add(new Review(
                    String.format("R%09d", reviews.size() + 1),
                    index,
                    created,
                    stars,
                    troubled ? 1 + random.nextInt(3) : 4 + random.nextInt(2),
                    4 + random.nextInt(2),
                    text,
                    chance(0.2),
                    appeal));
            if (chance(0.05)) {
                long later = created + (long) ((1 + random.nextDouble() * 10) * DAY);
                if (later < end) {
                    reviews.add(new Review(
                            String.format("R%09d", reviews.size() + 1),
                            index,
                            later,
                            stars(troubled),
                            0,
                            0,
                            "追评：" + pick(GOOD_TEXT),
                            false,
                            AppealStatus.NONE));
                }
            }
        }

        int stars(boolean troubled) {
            double bad = troubled ? 0.4 : 0.05 * trouble;
            double u = random.nextDouble();
            if (u < bad * 0.6) {
                return 1;
            }
            if (u < bad) {
                return 2;
            }
            if (u < bad + 0.04) {
                return 3;
            }
            return u < bad + 0.14 ? 4 : 5;
        }

        void session(int order, long started, boolean human, String buyer) {
            int s = sessions.size();
            int rating = 0;
            if (human && chance(0.35)) {
                rating = chance(0.10 * trouble) ? 1 + random.nextInt(3) : 4 + random.nextInt(2);
            }
            sessions.add(new ImSession(String.format("M%09d", s + 1), order, buyer, started, human, rating));
            int count = 1 + random.nextInt(4);
            long message = started;
            for (int r = 0; r < count && message < end; r++) {
                long reply = NONE;
                if (human) {
                    double u = random.nextDouble();
                    double slow = Math.min(0.4, 0.07 * trouble);
                    if (u >= 0.03 * trouble) {
                        double seconds = u < slow
                                ? 180 + random.nextDouble() * 720
                                : u < slow + 0.2 ? 40 + random.nextDouble() * 140 : 3 + random.nextDouble() * 37;
                        reply = at(message + (long) (seconds * SECOND));
                    }
                }
                rounds.add(new ImRound(s, message, reply));
                if (reply == NONE) {
                    break;
                }
                message = reply + (long) ((1 + random.nextDouble() * 30) * MINUTE);
            }
        }

        void trace(int order, long picked, long signed, boolean trace) {
            long last = signed != NONE ? signed : Math.min(end - 1, picked + 3 * DAY);
            long departed = picked + (long) ((2 + random.nextDouble() * 4) * HOUR);
            long transit = (departed + last) / 2;
            long out = last - (long) ((2 + random.nextDouble() * 3) * HOUR);
            add(order, picked, LogisticsNode.PICKED_UP, null, "快递员已揽收");
            add(order, departed, LogisticsNode.DEPARTED, null, "已发出，下一站转运中心");
            LogisticsAnomaly anomaly =
                    trace ? LogisticsAnomaly.TRANSIT_TIMEOUT : chance(0.005) ? pick(LogisticsAnomaly.values()) : null;
            add(order, transit, LogisticsNode.IN_TRANSIT, anomaly, anomaly == null ? "运输中" : "运输异常，已上报");
            if (signed != NONE) {
                add(order, out, LogisticsNode.OUT_FOR_DELIVERY, null, "派件中");
                add(order, signed, LogisticsNode.SIGNED, null, "已签收");
            }
        }

        void add(int order, long at, LogisticsNode node, @Nullable LogisticsAnomaly anomaly, String description) {
            if (at < end) {
                events.add(new LogisticsEvent(order, at, node, anomaly, description));
            }
        }

        OrderDisplay display(int i) {
            int buyer = random.nextInt(Math.max(1, (int) (spec.orders() / 1.3)));
            String nickname = NICK_HEADS[buyer % NICK_HEADS.length]
                    + NICK_TAILS[(buyer / NICK_HEADS.length) % NICK_TAILS.length]
                    + (buyer >= NICK_HEADS.length * NICK_TAILS.length ? String.valueOf(buyer % 997) : "");
            String[] courier = COURIERS[weighted(new double[] {25, 18, 17, 12, 10, 12, 4, 2})];
            return new OrderDisplay(
                    String.format("B%08d", buyer),
                    nickname,
                    pick(products),
                    pick(COLOURS) + "/" + pick(SIZES),
                    1 + (chance(0.2) ? random.nextInt(3) : 0),
                    courier[0],
                    courier[1] + String.format("%012d", Math.floorMod(random.nextLong(), 1_000_000_000_000L)),
                    Map.of());
        }

        ReasonCategory pickReason() {
            double u = random.nextDouble();
            return u < 0.2
                    ? ReasonCategory.QUALITY
                    : u < 0.28
                            ? ReasonCategory.LOGISTICS_QUALITY
                            : u < 0.34
                                    ? ReasonCategory.DAMAGE
                                    : u < 0.86 ? ReasonCategory.NO_REASON : ReasonCategory.OTHER;
        }

        String reasonText(ReasonCategory reason) {
            return switch (reason) {
                case QUALITY -> "商品品质问题";
                case LOGISTICS_QUALITY -> pick(new String[] {"发货超时", "错发/漏发", "物流轨迹超时"});
                case DAMAGE -> "商品/包装破损";
                case NO_REASON -> pick(new String[] {"七天无理由", "不想要了", "拍错了"});
                case OTHER -> "其他";
            };
        }

        long at(long t) {
            return t < end ? t : NONE;
        }

        boolean chance(double p) {
            return random.nextDouble() < p;
        }

        <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }

        int weighted(double[] weights) {
            double total = 0;
            for (double w : weights) {
                total += w;
            }
            double u = random.nextDouble() * total;
            for (int i = 0; i < weights.length; i++) {
                u -= weights[i];
                if (u < 0) {
                    return i;
                }
            }
            return weights.length - 1;
        }
    }

    private static boolean isRemote(Province p) {
        return p == Province.XINJIANG
                || p == Province.TIBET
                || p == Province.QINGHAI
                || p == Province.INNER_MONGOLIA
                || p == Province.NINGXIA
                || p == Province.GANSU;
    }

    private static long pickupStart(long paid) {
        long tod = Timestamps.millisOfDay(paid);
        long day = Timestamps.epochDay(paid);
        if (tod >= 18 * HOUR) {
            return Timestamps.startOfDay(day + 1) + 6 * HOUR;
        }
        return tod < 6 * HOUR ? Timestamps.startOfDay(day) + 6 * HOUR : paid;
    }

    private static long reviewStart(long applied) {
        long tod = Timestamps.millisOfDay(applied);
        long day = Timestamps.epochDay(applied);
        if (tod >= 23 * HOUR) {
            return Timestamps.startOfDay(day + 1) + 8 * HOUR;
        }
        return tod < 8 * HOUR ? Timestamps.startOfDay(day) + 8 * HOUR : applied;
    }

    private static long endOfDay(long epochDay) {
        return Timestamps.startOfDay(epochDay + 1) - SECOND;
    }
}
