package com.scoredesk.workbench;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a bulk action did to each item. Items are processed in chunks of at most {@link WorkItemBulkActions#CHUNK_SIZE}
 * (the platform's per-call limit); a chunk is all or nothing: when one item fails, the others of its chunk are rolled
 * back and reported so.
 */
public record BulkReport(List<Line> lines) {

    public BulkReport {
        lines = List.copyOf(lines);
    }

    public long succeeded() {
        return lines.stream().filter(line -> line.result() == Result.DONE).count();
    }

    public long failed() {
        return lines.size() - succeeded();
    }

    public enum Result {
        DONE,
        /** This item failed; {@link Line#reason()} says why. */
        FAILED,
        /** This item was fine, but another item of its chunk failed, so it was not changed. */
        ROLLED_BACK
    }

    /**
     * @param chunk the number of the chunk the item was in, from 1
     * @param reason why it failed: a conflict reason, or {@code INVALID} for an item the action does not apply to
     * @param holder who holds the item, for a conflict
     */
    public record Line(long itemId, int chunk, Result result, @Nullable String reason, @Nullable String holder) {}
}
