package com.scoredesk.workbench;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which work items a worklist shows.
 *
 * @param kind the tab; {@code null} for 我的 (the items the current user holds, of every kind)
 * @param shopId one shop, or {@code null} for every shop the current user may see
 * @param agentId only items held by this user
 */
public record WorklistQuery(
        @Nullable WorkItemKind kind,
        @Nullable Long shopId,
        @Nullable Long agentId,
        DeadlineFilter deadline,
        StateFilter state,
        WorklistSort sort) {

    public WorklistQuery {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(sort, "sort");
    }

    /** The open items of one tab in every shop of the user, best impact first. */
    public static WorklistQuery tab(WorkItemKind kind) {
        return new WorklistQuery(kind, null, null, DeadlineFilter.ANY, StateFilter.OPEN, WorklistSort.BY_IMPACT);
    }

    /** 我的: the open items the current user holds, best impact first. */
    public static WorklistQuery mine() {
        return new WorklistQuery(null, null, null, DeadlineFilter.ANY, StateFilter.OPEN, WorklistSort.BY_IMPACT);
    }

    public boolean isMine() {
        return kind == null;
    }

    public WorklistQuery withShop(@Nullable Long newShopId) {
        return new WorklistQuery(kind, newShopId, agentId, deadline, state, sort);
    }

    public WorklistQuery withAgent(@Nullable Long newAgentId) {
        return new WorklistQuery(kind, shopId, newAgentId, deadline, state, sort);
    }

    public WorklistQuery withDeadline(DeadlineFilter newDeadline) {
        return new WorklistQuery(kind, shopId, agentId, newDeadline, state, sort);
    }

    public WorklistQuery withState(StateFilter newState) {
        return new WorklistQuery(kind, shopId, agentId, deadline, newState, sort);
    }

    public WorklistQuery withSort(WorklistSort newSort) {
        return new WorklistQuery(kind, shopId, agentId, deadline, state, newSort);
    }
}
