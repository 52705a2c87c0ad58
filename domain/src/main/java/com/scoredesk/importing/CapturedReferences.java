package com.scoredesk.importing;

import com.scoredesk.scoring.bundle.RowParsers;
import org.jspecify.annotations.Nullable;

/**
 * Lets scoring's row parsers read a row without the whole bundle in memory: it notes the order and session a row
 * names instead of resolving them, and the importer resolves them against the database, batch by batch.
 */
final class CapturedReferences implements RowParsers.References {

    private @Nullable String order;
    private @Nullable String session;

    void clear() {
        order = null;
        session = null;
    }

    @Override
    public int order(String orderId) {
        this.order = orderId;
        return 0;
    }

    @Override
    public int session(String sessionId) {
        this.session = sessionId;
        return 0;
    }

    @Nullable
    String order() {
        return order;
    }

    @Nullable
    String session() {
        return session;
    }
}
