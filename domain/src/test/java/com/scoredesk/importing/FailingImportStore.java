package com.scoredesk.importing;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real store, which can be told to fail on its n-th insert of a batch from now: a crash in the middle of an
 * import, after the batch's rows have been sent to the database but before its transaction commits.
 */
class FailingImportStore extends ImportStore {

    private final AtomicInteger insertsLeft = new AtomicInteger(-1);

    FailingImportStore(JdbcTemplate jdbc) {
        super(jdbc);
    }

    /** The {@code n}-th batch insert from now fails, after writing its rows; {@code n} = 1 fails the next one. */
    void failOnInsert(int n) {
        insertsLeft.set(n);
    }

    void heal() {
        insertsLeft.set(-1);
    }

    @Override
    void insert(long shopId, ImportKind kind, List<Object[]> rows) {
        super.insert(shopId, kind, rows);
        if (!rows.isEmpty() && insertsLeft.get() > 0 && insertsLeft.decrementAndGet() == 0) {
            throw new SimulatedCrash("simulated crash after inserting " + rows.size() + " rows of " + kind.table());
        }
    }

    static final class SimulatedCrash extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SimulatedCrash(String message) {
            super(message);
        }
    }
}
