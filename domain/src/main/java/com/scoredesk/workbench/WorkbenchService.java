package com.scoredesk.workbench;

import com.scoredesk.audit.AuditLog;
import com.scoredesk.shop.ShopService;
import com.scoredesk.shop.ShopSummary;
import com.scoredesk.user.CurrentUser;
import com.scoredesk.user.Role;
import com.scoredesk.user.UserSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the worklists: pages, counts, one item's detail and the people work can go to, always within the shops the
 * current user may see.
 */
@Service
@Transactional(readOnly = true)
public class WorkbenchService {

    private final WorklistQueries queries;
    private final DetailQueries details;
    private final TeamDirectory team;
    private final ShopService shops;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    WorkbenchService(
            WorklistQueries queries,
            DetailQueries details,
            TeamDirectory team,
            ShopService shops,
            AuditLog audit,
            CurrentUser currentUser,
            Clock clock) {
        this.queries = queries;
        this.details = details;
        this.team = team;
        this.shops = shops;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A page of a worklist, in the query's order; {@code limit} rows at most. */
    public List<WorkItemRow> page(WorklistQuery query, int offset, int limit) {
        UserSummary me = currentUser.requireRole(Role.AGENT, Role.SUPERVISOR, Role.ADMIN);
        return queries.page(query, shopIds(query), me.id(), clock.instant(), offset, limit);
    }

    /** Open items per tab and the current user's own, over one shop or every shop of the user. */
    public WorklistCounts counts(@Nullable Long shopId) {
        UserSummary me = currentUser.requireRole(Role.AGENT, Role.SUPERVISOR, Role.ADMIN);
        return queries.counts(shopIds(shopId), me.id(), clock.instant());
    }

    /** One item as a row (to refresh a selection), if the user may see it and it still exists. */
    public Optional<WorkItemRow> find(long itemId) {
        currentUser.requireRole(Role.AGENT, Role.SUPERVISOR, Role.ADMIN);
        WorkItemRow row = queries.find(itemId);
        if (row == null) {
            return Optional.empty();
        }
        currentUser.requireShop(row.shopId());
        return Optional.of(row);
    }

    /** The item with its order, parcel trace, after-sales, reviews, chat rounds and audit history. */
    public Optional<WorkItemDetail> detail(long itemId) {
        return find(itemId).map(row -> {
            long shop = row.shopId();
            String orderId = row.orderId();
            Long roundId = row.kind() == WorkItemKind.CHAT ? sourceId(itemId) : null;
            return new WorkItemDetail(
                    row,
                    details.order(shop, orderId),
                    details.trace(shop, orderId),
                    details.afterSales(shop, orderId),
                    details.reviews(shop, orderId),
                    details.rounds(shop, roundId, orderId),
                    audit.history(shop, WorkItemActions.SUBJECT, itemId));
        });
    }

    /**
     * The work item to open for an order of a shop: its open item worth most (soonest due among equals), else the one
     * done last; empty when the order has no work item (or no such order exists). Checks the shop.
     */
    public Optional<WorkItemRow> itemOfOrder(long shopId, String orderId) {
        return itemOfOrder(shopId, orderId, null);
    }

    /**
     * As {@link #itemOfOrder(long, String)}, but an item of {@code preferred} comes first when the order has one (a
     * bad review's row leads to the review's item rather than to the order's after-sale).
     */
    public Optional<WorkItemRow> itemOfOrder(long shopId, String orderId, @Nullable WorkItemKind preferred) {
        currentUser.requireRole(Role.AGENT, Role.SUPERVISOR, Role.ADMIN);
        currentUser.requireShop(shopId);
        List<WorkItemRow> items = queries.ofOrder(shopId, orderId);
        return items.stream()
                .filter(item -> item.kind() == preferred)
                .findFirst()
                .or(() -> items.stream().findFirst());
    }

    /**
     * An order of a shop with its parcel trace, after-sales, reviews and chat rounds, to read without a work item;
     * empty when the shop has no such order. Checks the shop.
     */
    public Optional<OrderDetail> order(long shopId, String orderId) {
        currentUser.requireRole(Role.AGENT, Role.SUPERVISOR, Role.ADMIN);
        currentUser.requireShop(shopId);
        return Optional.ofNullable(details.order(shopId, orderId))
                .map(order -> new OrderDetail(
                        order,
                        details.trace(shopId, orderId),
                        details.afterSales(shopId, orderId),
                        details.reviews(shopId, orderId),
                        details.rounds(shopId, null, orderId)));
    }

    /** The platform's id of the review a 可申诉差评 item is about, for 差评申诉; empty for other items. */
    public Optional<String> reviewId(long itemId) {
        return find(itemId)
                .filter(row -> row.kind() == WorkItemKind.REVIEW)
                .flatMap(row -> Optional.ofNullable(details.reviewId(row.shopId(), queries.sourceId(itemId))));
    }

    /** Agents and supervisors of one shop, or of every shop of the user: the agent filter and reassign choices. */
    public List<AgentChoice> agents(@Nullable Long shopId) {
        currentUser.requireRole(Role.AGENT, Role.SUPERVISOR, Role.ADMIN);
        return team.workers(shopIds(shopId));
    }

    /** The time the lists count down from: the server's clock. */
    public Instant now() {
        return clock.instant();
    }

    private Long sourceId(long itemId) {
        return queries.sourceId(itemId);
    }

    private List<Long> shopIds(WorklistQuery query) {
        return shopIds(query.shopId());
    }

    private List<Long> shopIds(@Nullable Long shopId) {
        if (shopId != null) {
            currentUser.requireShop(shopId);
            return List.of(shopId);
        }
        return shops.visibleShops().stream().map(ShopSummary::id).toList();
    }
}
