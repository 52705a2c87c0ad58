package com.scoredesk.importing;

import static com.scoredesk.importing.Column.Type.BOOL;
import static com.scoredesk.importing.Column.Type.EXTRAS;
import static com.scoredesk.importing.Column.Type.INT;
import static com.scoredesk.importing.Column.Type.LONG;
import static com.scoredesk.importing.Column.Type.MONEY;
import static com.scoredesk.importing.Column.Type.TIME;

import com.scoredesk.scoring.bundle.BundleFile;
import com.scoredesk.scoring.bundle.CsvRow;
import com.scoredesk.scoring.bundle.RowException;
import com.scoredesk.scoring.bundle.RowParsers;
import com.scoredesk.scoring.model.AfterSale;
import com.scoredesk.scoring.model.Coded;
import com.scoredesk.scoring.model.Escalation;
import com.scoredesk.scoring.model.ImRound;
import com.scoredesk.scoring.model.ImSession;
import com.scoredesk.scoring.model.LogisticsEvent;
import com.scoredesk.scoring.model.Order;
import com.scoredesk.scoring.model.OrderDisplay;
import com.scoredesk.scoring.model.OrderFlag;
import com.scoredesk.scoring.model.Province;
import com.scoredesk.scoring.model.Review;
import com.scoredesk.scoring.model.Timestamps;
import com.scoredesk.scoring.model.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The activity files of a bundle (spec section 3), the table each one fills, in the order an import reads them:
 * orders and sessions before the rows that refer to them. Rows are read by scoring's {@link RowParsers}, so the
 * importer accepts and rejects exactly what the {@code score} command does; the model is then turned into column
 * values.
 */
enum ImportKind {
    ORDERS(
            BundleFile.ORDERS,
            "orders",
            List.of("order_id"),
            List.of(
                    Column.text("order_id", 64),
                    Column.of("paid_at", TIME),
                    Column.of("amount_paid", MONEY),
                    Column.of("is_gift", BOOL),
                    Column.of("is_lucky_bag", BOOL),
                    Column.of("is_instant_refund", BOOL),
                    Column.of("is_abnormal", BOOL),
                    Column.of("is_presale", BOOL),
                    Column.of("promised_ship_by", TIME),
                    Column.of("is_virtual", BOOL),
                    Column.text("ship_from_province", 40),
                    Column.text("ship_to_province", 40),
                    Column.of("picked_up_at", TIME),
                    Column.of("delivery_due_at", TIME),
                    Column.of("signed_at", TIME),
                    Column.of("trace_compensation", BOOL),
                    Column.of("fraudulent_shipping", BOOL),
                    Column.of("next_day_delivery", BOOL),
                    Column.of("freight_insurance", BOOL),
                    Column.of("bulky_freight_insurance", BOOL),
                    Column.of("home_installation", BOOL),
                    Column.text("buyer_id", 64),
                    Column.text("buyer_nickname", 120),
                    Column.text("product_name", 300),
                    Column.text("sku", 200),
                    Column.of("quantity", INT),
                    Column.text("courier", 60),
                    Column.text("waybill_no", 64),
                    new Column("extra_columns", "", EXTRAS, 0)),
            null) {
        @Override
        @Nullable
        Object[] values(CsvRow row, CapturedReferences refs) throws RowException {
            Order o = RowParsers.order(row);
            OrderDisplay d = o.display();
            return new Object[] {
                o.orderId(),
                time(o.paidAt()),
                money(o.amountPaidFen()),
                o.has(OrderFlag.GIFT),
                o.has(OrderFlag.LUCKY_BAG),
                o.has(OrderFlag.INSTANT_REFUND),
                o.has(OrderFlag.ABNORMAL),
                o.has(OrderFlag.PRESALE),
                time(o.promisedShipBy()),
                o.has(OrderFlag.VIRTUAL),
                province(o.shipFrom()),
                province(o.shipTo()),
                time(o.pickedUpAt()),
                time(o.deliveryDueAt()),
                time(o.signedAt()),
                o.has(OrderFlag.TRACE_COMPENSATION),
                o.has(OrderFlag.FRAUDULENT_SHIPPING),
                o.has(OrderFlag.NEXT_DAY_DELIVERY),
                o.has(OrderFlag.FREIGHT_INSURANCE),
                o.has(OrderFlag.BULKY_FREIGHT_INSURANCE),
                o.has(OrderFlag.HOME_INSTALLATION),
                d.buyerId(),
                d.buyerNickname(),
                d.productName(),
                d.sku(),
                d.quantity() == 0 ? null : d.quantity(),
                d.courier(),
                d.waybillNo(),
                extras(d.extras())
            };
        }
    },
    LOGISTICS_EVENTS(
            BundleFile.LOGISTICS_EVENTS,
            "logistics_events",
            List.of("order_id", "occurred_at", "node"),
            List.of(
                    Column.text("order_id", 64),
                    Column.of("occurred_at", TIME),
                    Column.text("node", 20),
                    Column.text("anomaly", 20),
                    Column.text("description", 500)),
            "order_id") {
        @Override
        @Nullable
        Object[] values(CsvRow row, CapturedReferences refs) throws RowException {
            LogisticsEvent e = RowParsers.logisticsEvent(row, refs);
            return new Object[] {
                refs.order(), time(e.occurredAt()), e.node().code(), code(e.anomaly()), text(e.description())
            };
        }
    },
    AFTER_SALES(
            BundleFile.AFTER_SALES,
            "after_sales",
            List.of("after_sale_id"),
            List.of(
                    Column.text("after_sale_id", 64),
                    Column.text("order_id", 64),
                    Column.text("after_sale_type", "type", 20),
                    Column.of("applied_at", TIME),
                    Column.text("first_reason_category", 20),
                    Column.text("reason_text", 500),
                    Column.of("agreed_at", TIME),
                    Column.of("return_signed_at", TIME),
                    Column.of("confirmed_at", TIME),
                    Column.of("refunded_at", TIME),
                    Column.of("closed_at", TIME),
                    Column.text("status", 20),
                    Column.of("platform_initiated", BOOL),
                    Column.of("arbitration", BOOL),
                    Column.of("merchant_responsible", BOOL),
                    Column.of("logistics_liability", BOOL),
                    Column.of("negotiation_seconds", LONG),
                    Column.of("refund_amount", MONEY),
                    new Column("extra_columns", "", EXTRAS, 0)),
            "order_id") {
        @Override
        @Nullable
        Object[] values(CsvRow row, CapturedReferences refs) throws RowException {
            AfterSale a = RowParsers.afterSale(row, refs);
            return new Object[] {
                a.afterSaleId(),
                refs.order(),
                a.type().code(),
                time(a.appliedAt()),
                a.firstReasonCategory().code(),
                text(a.reasonText()),
                time(a.agreedAt()),
                time(a.returnSignedAt()),
                time(a.confirmedAt()),
                time(a.refundedAt()),
                time(a.closedAt()),
                code(a.status()),
                a.platformInitiated(),
                a.arbitration(),
                a.merchantResponsible(),
                a.logisticsLiability(),
                a.negotiationSeconds() < 0 ? null : a.negotiationSeconds(),
                money(a.refundAmountFen()),
                extras(row.extras())
            };
        }
    },
    REVIEWS(
            BundleFile.REVIEWS,
            "reviews",
            List.of("review_id"),
            List.of(
                    Column.text("review_id", 64),
                    Column.text("order_id", 64),
                    Column.of("created_at", TIME),
                    new Column("product_rating", "product_rating", INT, 0),
                    new Column("logistics_rating", "logistics_rating", INT, 0),
                    new Column("service_rating", "service_rating", INT, 0),
                    Column.text("review_text", "text", 4000),
                    Column.of("has_images", BOOL),
                    Column.text("appeal_status", 20)),
            "order_id") {
        @Override
        @Nullable
        Object[] values(CsvRow row, CapturedReferences refs) throws RowException {
            Review r = RowParsers.review(row, refs);
            return new Object[] {
                r.reviewId(),
                refs.order(),
                time(r.createdAt()),
                stars(r.productRating()),
                stars(r.logisticsRating()),
                stars(r.serviceRating()),
                text(r.text()),
                r.hasImages(),
                r.appealStatus().code()
            };
        }
    },
    IM_SESSIONS(
            BundleFile.IM_SESSIONS,
            "im_sessions",
            List.of("session_id"),
            List.of(
                    Column.text("session_id", 64),
                    Column.text("order_id", 64),
                    Column.text("buyer_id", 64),
                    Column.of("started_at", TIME),
                    Column.of("human", BOOL),
                    Column.of("rating", INT)),
            "order_id") {
        @Override
        @Nullable
        Object[] values(CsvRow row, CapturedReferences refs) throws RowException {
            ImSession s = RowParsers.session(row, refs);
            return new Object[] {
                s.sessionId(), refs.order(), s.buyerId(), time(s.startedAt()), s.human(), stars(s.rating())
            };
        }
    },
    IM_ROUNDS(
            BundleFile.IM_ROUNDS,
            "im_rounds",
            List.of("session_ref", "buyer_message_at"),
            List.of(
                    new Column("session_ref", "session_id", Column.Type.REF, 64),
                    Column.of("buyer_message_at", TIME),
                    Column.of("human_reply_at", TIME)),
            null) {
        @Override
        @Nullable
        Object[] values(CsvRow row, CapturedReferences refs) throws RowException {
            ImRound r = RowParsers.round(row, refs);
            return new Object[] {refs.session(), time(r.buyerMessageAt()), time(r.humanReplyAt())};
        }
    },
    ESCALATIONS(
            BundleFile.ESCALATIONS,
            "escalations",
            List.of("escalation_id"),
            List.of(
                    Column.text("escalation_id", 64),
                    Column.text("order_id", 64),
                    Column.of("escalated_at", TIME),
                    Column.text("kind", 20)),
            "order_id") {
        @Override
        @Nullable
        Object[] values(CsvRow row, CapturedReferences refs) throws RowException {
            Escalation e = RowParsers.escalation(row, refs);
            return new Object[] {
                e.escalationId(), refs.order(), time(e.escalatedAt()), e.kind().code()
            };
        }
    },
    VIOLATIONS(
            BundleFile.VIOLATIONS,
            "violations",
            List.of("violation_id"),
            List.of(Column.text("violation_id", 64), Column.of("occurred_at", TIME), Column.text("kind", 40)),
            null) {
        @Override
        @Nullable
        Object[] values(CsvRow row, CapturedReferences refs) throws RowException {
            Violation v = RowParsers.violation(row);
            return new Object[] {v.violationId(), time(v.occurredAt()), v.kind().code()};
        }
    };

    private final BundleFile file;
    private final String table;
    private final List<String> key;
    private final List<Column> columns;
    private final @Nullable String orderReference;

    ImportKind(BundleFile file, String table, List<String> key, List<Column> columns, @Nullable String orderReference) {
        this.file = file;
        this.table = table;
        this.key = key;
        this.columns = columns;
        this.orderReference = orderReference;
    }

    /** The column values of {@code row}, with the order and session it names noted in {@code refs}. */
    abstract @Nullable Object[] values(CsvRow row, CapturedReferences refs) throws RowException;

    BundleFile bundleFile() {
        return file;
    }

    /** The name reports use: the bundle file's name without {@code .csv}. */
    String id() {
        return table;
    }

    String table() {
        return table;
    }

    /** The natural key columns (within a shop); the first one is looked up in the database. */
    List<String> key() {
        return key;
    }

    List<Column> columns() {
        return columns;
    }

    /** The column that names an order the shop must have, if any (an empty one names none). */
    @Nullable
    String orderReference() {
        return orderReference;
    }

    int indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException(column + " is not a column of " + table);
    }

    Column column(String name) {
        return columns.get(indexOf(name));
    }

    /** The kind a file of this name holds ({@code orders.csv}, {@code orders.xlsx}), if its name says so. */
    static Optional<ImportKind> byFileName(String fileName) {
        String stem = stem(fileName);
        for (ImportKind kind : values()) {
            if (stem(kind.file.fileName()).equals(stem)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    static String stem(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static @Nullable Instant time(long millis) {
        return millis == Timestamps.NONE ? null : Instant.ofEpochMilli(millis);
    }

    private static @Nullable BigDecimal money(long fen) {
        return fen < 0 ? null : BigDecimal.valueOf(fen, 2);
    }

    private static @Nullable String province(@Nullable Province province) {
        return province == null ? null : province.shortName();
    }

    private static @Nullable String code(@Nullable Coded value) {
        return value == null ? null : value.code();
    }

    private static @Nullable String text(String text) {
        String s = text.strip();
        return s.isEmpty() ? null : s;
    }

    private static @Nullable Integer stars(int stars) {
        return stars == 0 ? null : stars;
    }

    private static @Nullable Map<String, String> extras(Map<String, String> extras) {
        if (extras.isEmpty()) {
            return null;
        }
        Map<String, String> sorted = new TreeMap<>();
        extras.forEach((k, v) -> sorted.put(k, v.strip()));
        return sorted;
    }
}
