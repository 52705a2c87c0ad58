package com.scoredesk.workbench;

import com.scoredesk.user.CurrentUser;
import com.scoredesk.user.UserSummary;
import com.scoredesk.workbench.WorkItemConflictException.Reason;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Actions on many selected items: claim, agree (after-sales) and reassign. The items go in chunks of {@link
 * #CHUNK_SIZE}, the platform's limit per call; each chunk is one transaction, all or nothing: when one item fails (a
 * conflict, or an item the action does not apply to), the whole chunk is rolled back and the report says which item
 * failed and why, and that the others of its chunk were not changed. Each item is checked, changed and audited as the
 * single actions of {@link WorkItemActions} do.
 */
@Service
public class WorkItemBulkActions {

    /** The platform accepts at most this many after-sales per call. */
    public static final int CHUNK_SIZE = 20;

    private final WorkItemActions actions;
    private final WorkItemRepository items;
    private final CurrentUser currentUser;
    private final TransactionTemplate chunkTransaction;

    WorkItemBulkActions(
            WorkItemActions actions,
            WorkItemRepository items,
            CurrentUser currentUser,
            PlatformTransactionManager transactionManager) {
        this.actions = actions;
        this.items = items;
        this.currentUser = currentUser;
        this.chunkTransaction = new TransactionTemplate(transactionManager);
        this.chunkTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Claims every item, in chunks of {@link #CHUNK_SIZE}, each chunk all or nothing. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public BulkReport claimAll(List<ItemRef> refs) {
        UserSummary me = currentUser.requireRole(WorkItemActions.WORKERS);
        return inChunks(refs, ref -> actions.doClaim(me, ref));
    }

    /** Agrees to every after-sale, at most {@link #CHUNK_SIZE} per call as the platform allows, each chunk all or nothing. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public BulkReport agreeAll(List<ItemRef> refs) {
        UserSummary me = currentUser.requireRole(WorkItemActions.WORKERS);
        return inChunks(refs, ref -> actions.doAgree(me, ref));
    }

    /** A supervisor gives every item to {@code assigneeId}, in chunks, each chunk all or nothing. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public BulkReport reassignAll(List<ItemRef> refs, long assigneeId) {
        UserSummary me = currentUser.requireRole(WorkItemActions.LEADS);
        return inChunks(refs, ref -> actions.doReassign(me, ref, assigneeId));
    }

    private BulkReport inChunks(List<ItemRef> refs, ItemAction action) {
        List<BulkReport.Line> lines = new ArrayList<>();
        for (int start = 0, chunk = 1; start < refs.size(); start += CHUNK_SIZE, chunk++) {
            List<ItemRef> part = refs.subList(start, Math.min(start + CHUNK_SIZE, refs.size()));
            lines.addAll(runChunk(part, chunk, action));
        }
        return new BulkReport(lines);
    }

    private List<BulkReport.Line> runChunk(List<ItemRef> part, int chunk, ItemAction action) {
        try {
            chunkTransaction.executeWithoutResult(status -> {
                for (ItemRef ref : part) {
                    try {
                        action.apply(ref);
                    } catch (WorkItemConflictException e) {
                        throw new ChunkFailed(ref.id(), e.reason().name(), e.holder(), e);
                    } catch (ConcurrencyFailureException e) {
                        throw new ChunkFailed(ref.id(), Reason.CHANGED.name(), null, e);
                    } catch (IllegalArgumentException | IllegalStateException e) {
                        throw new ChunkFailed(ref.id(), "INVALID", null, e);
                    }
                }
                items.flush();
            });
        } catch (ChunkFailed failed) {
            return part.stream()
                    .map(ref -> ref.id() == failed.itemId
                            ? new BulkReport.Line(
                                    ref.id(), chunk, BulkReport.Result.FAILED, failed.reason, failed.holder)
                            : new BulkReport.Line(ref.id(), chunk, BulkReport.Result.ROLLED_BACK, null, null))
                    .toList();
        } catch (ConcurrencyFailureException e) {
            return part.stream()
                    .map(ref ->
                            new BulkReport.Line(ref.id(), chunk, BulkReport.Result.FAILED, Reason.CHANGED.name(), null))
                    .toList();
        }
        return part.stream()
                .map(ref -> new BulkReport.Line(ref.id(), chunk, BulkReport.Result.DONE, null, null))
                .toList();
    }

    @FunctionalInterface
    private interface ItemAction {
        void apply(ItemRef ref);
    }

    /** One item of a chunk failed: the chunk's transaction rolls back, and the report names the item. */
    private static final class ChunkFailed extends RuntimeException {
        final long itemId;
        final String reason;
        final @Nullable String holder;

        ChunkFailed(long itemId, String reason, @Nullable String holder, Throwable cause) {
            super(reason, cause, false, false);
            this.itemId = itemId;
            this.reason = reason;
            this.holder = holder;
        }
    }
}
