package com.scoredesk.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the rows of one file batch by batch, one transaction per batch: resolves references against the database
 * (so that files can come separately), then inserts the new rows, updates the changed ones and leaves equal ones
 * alone. Either a whole batch is written or, on a failure, none of it.
 *
 * <p>The keys the shop has are read once per file, not per batch: H2 answers a batch of key lookups row by row, and
 * a first import has nothing to look up anyway. If another writer inserts one of the keys meanwhile, the batch fails
 * on the unique key; it is then retried once with the keys read again.
 */
@Component
class BatchWriter {

    private final ImportStore store;
    private final TransactionTemplate transaction;

    BatchWriter(ImportStore store, PlatformTransactionManager transactions) {
        this.store = store;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What a file's batches look up: the shop's keys of the file's kind, and the orders and sessions it may name. */
    final class FileState {
        private final long shopId;
        private final ImportKind kind;
        private final boolean[] present;
        private final int[] keyIndexes;
        private Map<List<Object>, Long> keys;
        private final @Nullable Set<String> orders;
        private final @Nullable Map<String, Long> sessions;

        private FileState(long shopId, ImportKind kind, boolean[] present) {
            this.shopId = shopId;
            this.kind = kind;
            this.present = present;
            this.keyIndexes = kind.key().stream().mapToInt(kind::indexOf).toArray();
            this.keys = store.keys(shopId, kind);
            this.orders = kind.orderReference() == null ? null : store.orderIds(shopId);
            this.sessions = kind == ImportKind.IM_ROUNDS ? store.sessionRefs(shopId) : null;
        }

        /** Writes {@code batch} (no two rows with the same key) and counts each row into {@code counts}. */
        void write(List<Candidate> batch, FileCounts counts) {
            Outcome outcome;
            try {
                outcome = transaction.execute(status -> writeInTransaction(batch));
            } catch (DataIntegrityViolationException raced) {
                keys = store.keys(shopId, kind);
                outcome = transaction.execute(status -> writeInTransaction(batch));
            }
            if (outcome == null) {
                throw new IllegalStateException("no outcome");
            }
            outcome.rejections.forEach(counts::reject);
            counts.inserted += outcome.inserted;
            counts.updated += outcome.updated;
            counts.unchanged += outcome.unchanged;
        }

        private Outcome writeInTransaction(List<Candidate> batch) {
            Outcome outcome = new Outcome();
            List<Candidate> valid = resolveReferences(batch, outcome);
            List<Object[]> inserts = new ArrayList<>();
            Map<Long, Candidate> existing = new HashMap<>();
            for (Candidate c : valid) {
                Long id = keys.get(key(c.values()));
                if (id == null) {
                    inserts.add(c.values());
                } else {
                    existing.put(id, c);
                }
            }
            List<StoredRow> updates = new ArrayList<>();
            for (StoredRow stored : store.rows(kind, existing.keySet())) {
                Object[] merged = merge(existing.get(stored.id()).values(), stored.values());
                if (Arrays.equals(merged, stored.values())) {
                    outcome.unchanged++;
                } else {
                    updates.add(new StoredRow(stored.id(), merged));
                }
            }
            store.insert(shopId, kind, inserts);
            store.update(kind, updates);
            outcome.inserted = inserts.size();
            outcome.updated = updates.size();
            return outcome;
        }

        /** Drops (and records) rows that name an order or a session the shop does not have. */
        private List<Candidate> resolveReferences(List<Candidate> batch, Outcome outcome) {
            String orderColumn = kind.orderReference();
            List<Candidate> valid = batch;
            if (orders != null && orderColumn != null) {
                int at = kind.indexOf(orderColumn);
                valid = new ArrayList<>(batch.size());
                for (Candidate c : batch) {
                    if (c.values()[at] instanceof String id && !orders.contains(id)) {
                        outcome.rejections.put(c.line(), "unknown order " + id + " (" + orderColumn + ")");
                    } else {
                        valid.add(c);
                    }
                }
            }
            if (sessions != null) {
                int at = kind.indexOf("session_ref");
                List<Candidate> resolved = new ArrayList<>(valid.size());
                for (Candidate c : valid) {
                    Long ref = sessions.get((String) c.values()[at]);
                    if (ref == null) {
                        outcome.rejections.put(c.line(), "unknown session " + c.values()[at] + " (session_id)");
                    } else {
                        Object[] values = c.values().clone();
                        values[at] = ref;
                        resolved.add(new Candidate(c.line(), values));
                    }
                }
                valid = resolved;
            }
            return valid;
        }

        private Object[] merge(Object[] parsed, Object[] stored) {
            Object[] merged = parsed.clone();
            for (int i = 0; i < merged.length; i++) {
                if (!present[i]) {
                    merged[i] = stored[i];
                }
            }
            return merged;
        }

        private List<Object> key(@Nullable Object[] values) {
            Object[] key = new Object[keyIndexes.length];
            for (int i = 0; i < keyIndexes.length; i++) {
                key[i] = values[keyIndexes[i]];
            }
            return Arrays.asList(key);
        }
    }

    /** Starts a file: reads the keys it will be checked against. */
    FileState start(long shopId, ImportKind kind, boolean[] present) {
        return new FileState(shopId, kind, present);
    }

    /** What one batch did. Rejections by line, in line order. */
    private static final class Outcome {
        final Map<Long, String> rejections = new TreeMap<>();
        long inserted;
        long updated;
        long unchanged;
    }
}
