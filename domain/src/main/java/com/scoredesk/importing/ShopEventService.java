package com.scoredesk.importing;

import com.scoredesk.activity.ShopDataChanged;
import com.scoredesk.scoring.bundle.CsvRow;
import com.scoredesk.scoring.bundle.RowException;
import com.scoredesk.scoring.bundle.Values;
import com.scoredesk.scoring.model.Timestamps;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies events of the event API to a shop's activity, each in its own transaction together with the note that
 * its id was applied: a retried delivery of the same id changes nothing. An event that changes a row (an order
 * picked up, an after-sale refunded) is laid over the stored row and the result is checked by scoring's row parsers,
 * exactly as an imported row would be. Access is checked by the caller (the API checks the shop's token).
 */
@Service
public class ShopEventService {

    /** The most events one request may carry. */
    public static final int MAX_EVENTS = 1_000;

    private final ImportStore store;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ShopEventService(
            ImportStore store, PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        this.clock = clock;
    }

    /** The event types, as the API names them. */
    public static List<String> types() {
        return EventType.codes();
    }

    /** Applies {@code batch} to shop {@code shopId}, without a user: the caller has checked the shop's token. */
    public EventResult applyUnchecked(long shopId, List<ShopEvent> batch) {
        if (batch.size() > MAX_EVENTS) {
            throw new IllegalArgumentException("at most " + MAX_EVENTS + " events per request, got " + batch.size());
        }
        List<EventError> errors = new ArrayList<>();
        int applied = 0;
        int duplicates = 0;
        for (int i = 0; i < batch.size(); i++) {
            ShopEvent event = batch.get(i);
            try {
                if (apply(shopId, event)) {
                    applied++;
                } else {
                    duplicates++;
                }
            } catch (RowException e) {
                errors.add(new EventError(i, event.id(), String.valueOf(e.getMessage())));
            }
        }
        if (applied > 0) {
            transaction.executeWithoutResult(status -> events.publishEvent(new ShopDataChanged(shopId)));
        }
        return new EventResult(batch.size(), applied, duplicates, errors);
    }

    /** @return false when the event had been applied before */
    private boolean apply(long shopId, ShopEvent event) throws RowException {
        String id = event.id() == null ? "" : event.id().strip();
        if (id.isEmpty() || id.length() > 100) {
            throw new RowException("id must be 1 to 100 characters");
        }
        EventType type = EventType.of(event.type() == null ? "" : event.type())
                .orElseThrow(() -> new RowException(
                        "unknown type '" + event.type() + "'; known: " + String.join(", ", EventType.codes())));
        if (event.at() == null || Values.timestamp("at", event.at()) == Timestamps.NONE) {
            throw new RowException("at is required");
        }
        if (store.isProcessed(shopId, id)) {
            return false;
        }
        try {
            Boolean done = transaction.execute(status -> {
                try {
                    write(shopId, type, event);
                } catch (RowException e) {
                    status.setRollbackOnly();
                    throw new Rejected(e);
                }
                store.markProcessed(shopId, id, type.code(), clock.instant());
                return true;
            });
            return Boolean.TRUE.equals(done);
        } catch (Rejected e) {
            throw e.reason;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    private void write(long shopId, EventType type, ShopEvent event) throws RowException {
        ImportKind kind = type.kind();
        Map<String, String> cells = new HashMap<>(event.fields());
        // "type" names the event; the after-sale's own type comes as after_sale_type
        String afterSaleType = cells.remove("after_sale_type");
        if (afterSaleType != null && kind == ImportKind.AFTER_SALES) {
            cells.put("type", afterSaleType);
        }
        cells.put(type.timeColumn(), event.at());
        if (type.status() != null) {
            cells.putIfAbsent("status", type.status());
        }
        @Nullable Long sessionRef = null;
        if (kind == ImportKind.IM_ROUNDS) {
            sessionRef = session(shopId, type, cells, event.at());
        }
        List<Object> key = key(kind, cells, sessionRef);
        Optional<StoredRow> stored = store.findByKey(shopId, kind, key);
        if (stored.isEmpty() && !type.creates()) {
            throw new RowException("no " + kind.id() + " row " + key + " to change; send its creating event first");
        }
        Map<String, String> merged = stored.map(row -> cells(kind, row, cells)).orElse(cells);
        CapturedReferences refs = new CapturedReferences();
        @Nullable Object[] values = kind.values(CsvRow.of(merged), refs);
        RowParser.checkWidths(kind, values);
        String order = refs.order();
        if (order != null && !store.orderExists(shopId, order)) {
            throw new RowException("unknown order " + order + " (order_id)");
        }
        if (sessionRef != null) {
            values[kind.indexOf("session_ref")] = sessionRef;
        }
        if (stored.isPresent()) {
            int extras = kind.columns().indexOf(new Column("extra_columns", "", Column.Type.EXTRAS, 0));
            if (extras >= 0) {
                values[extras] = stored.get().values()[extras];
            }
            if (!Arrays.equals(values, stored.get().values())) {
                store.update(kind, List.of(new StoredRow(stored.get().id(), values)));
            }
        } else {
            store.insert(shopId, kind, List.<Object[]>of(values));
        }
    }

    /** The database id of a round's session; a round that starts a chat not seen before creates its session. */
    private Long session(long shopId, EventType type, Map<String, String> cells, String at) throws RowException {
        String sessionId = cells.getOrDefault("session_id", "").strip();
        if (sessionId.isEmpty()) {
            throw new RowException("empty session_id");
        }
        Optional<Long> ref = store.sessionRef(shopId, sessionId);
        if (ref.isPresent()) {
            return ref.get();
        }
        if (type != EventType.CHAT_ROUND_STARTED) {
            throw new RowException("unknown session " + sessionId + " (session_id)");
        }
        Map<String, String> session = new HashMap<>();
        session.put("session_id", sessionId);
        session.put("started_at", at);
        session.put("order_id", cells.getOrDefault("order_id", ""));
        session.put("buyer_id", cells.getOrDefault("buyer_id", ""));
        session.put("human", cells.getOrDefault("human", "true"));
        CapturedReferences refs = new CapturedReferences();
        @Nullable Object[] values = ImportKind.IM_SESSIONS.values(CsvRow.of(session), refs);
        RowParser.checkWidths(ImportKind.IM_SESSIONS, values);
        if (refs.order() != null && !store.orderExists(shopId, refs.order())) {
            throw new RowException("unknown order " + refs.order() + " (order_id)");
        }
        store.insert(shopId, ImportKind.IM_SESSIONS, List.<Object[]>of(values));
        return store.sessionRef(shopId, sessionId).orElseThrow();
    }

    private static List<Object> key(ImportKind kind, Map<String, String> cells, @Nullable Long sessionRef)
            throws RowException {
        List<Object> key = new ArrayList<>();
        for (String name : kind.key()) {
            Column column = kind.column(name);
            if (column.type() == Column.Type.REF) {
                key.add(sessionRef);
                continue;
            }
            String cell = cells.getOrDefault(column.header(), "").strip();
            if (cell.isEmpty()) {
                throw new RowException("empty " + column.header());
            }
            key.add(
                    column.type() == Column.Type.TIME
                            ? Instant.ofEpochMilli(Values.timestamp(column.header(), cell))
                            : cell);
        }
        return key;
    }

    /** The stored row as bundle cells, with the event's cells laid over it. */
    private static Map<String, String> cells(ImportKind kind, StoredRow row, Map<String, String> event) {
        Map<String, String> cells = new HashMap<>();
        List<Column> columns = kind.columns();
        for (int i = 0; i < columns.size(); i++) {
            Object value = row.values()[i];
            Column column = columns.get(i);
            if (value == null || column.type() == Column.Type.EXTRAS || column.type() == Column.Type.REF) {
                continue;
            }
            cells.put(
                    column.header(),
                    switch (value) {
                        case BigDecimal amount -> amount.toPlainString();
                        case Instant time -> time.toString();
                        default -> value.toString();
                    });
        }
        cells.putAll(event);
        return cells;
    }

    /** Carries a rejected event out of the transaction callback. */
    private static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient RowException reason;

        Rejected(RowException reason) {
            super(reason.getMessage(), null, false, false);
            this.reason = reason;
        }
    }
}
