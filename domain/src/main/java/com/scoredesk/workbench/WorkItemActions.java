package com.scoredesk.workbench;

import com.scoredesk.activity.ShopDataChanged;
import com.scoredesk.appeal.AppealRefusedException;
import com.scoredesk.appeal.AppealService;
import com.scoredesk.appeal.AppealSummary;
import com.scoredesk.audit.AuditLog;
import com.scoredesk.compliance.ComplianceService;
import com.scoredesk.user.CurrentUser;
import com.scoredesk.user.Role;
import com.scoredesk.user.UserSummary;
import com.scoredesk.workbench.WorkItemConflictException.Reason;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What agents do to work items. Every action checks the user's role and shop, refuses to act on a stale view (the
 * version the user saw must still be current), changes the activity row so that the score sees it, writes an audit
 * line, and publishes {@link ShopDataChanged} and {@link WorklistChanged} — all in one transaction. Two users acting on
 * one item at once: the database's optimistic lock lets exactly one win; the other gets a {@link
 * WorkItemConflictException}.
 *
 * <p>Bulk versions of claim, agree and reassign are in {@link WorkItemBulkActions}.
 *
 * <p>Acting on an item nobody holds claims it for the actor in the same step; acting on an item someone else holds is
 * refused (a supervisor reassigns it first).
 */
@Service
@Transactional(readOnly = true)
public class WorkItemActions {

    static final int MAX_REPLY = 2_000;
    static final int MAX_REASON = 500;
    static final String SUBJECT = "work_item";

    static final Role[] WORKERS = {Role.AGENT, Role.SUPERVISOR, Role.ADMIN};
    static final Role[] LEADS = {Role.SUPERVISOR, Role.ADMIN};

    private final WorkItemRepository items;
    private final ComplianceService compliance;
    private final AppealService appeals;
    private final WorklistQueries queries;
    private final ActivityUpdates activity;
    private final TeamDirectory team;
    private final AuditLog audit;
    private final WorkLedger ledger;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @SuppressWarnings("java:S107") // the collaborators of an audited, evented action
    WorkItemActions(
            WorkItemRepository items,
            ComplianceService compliance,
            AppealService appeals,
            WorklistQueries queries,
            ActivityUpdates activity,
            TeamDirectory team,
            AuditLog audit,
            WorkLedger ledger,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.items = items;
        this.compliance = compliance;
        this.appeals = appeals;
        this.queries = queries;
        this.activity = activity;
        this.team = team;
        this.audit = audit;
        this.ledger = ledger;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Takes the item: nobody else can act on it until it is released, reassigned or done. */
    @Transactional
    public WorkItemRow claim(ItemRef ref) {
        UserSummary me = currentUser.requireRole(WORKERS);
        return row(doClaim(me, ref));
    }

    /** Gives the item back to the team. Its holder or a supervisor may. */
    @Transactional
    public WorkItemRow release(ItemRef ref) {
        UserSummary me = currentUser.requireRole(WORKERS);
        WorkItem item = load(me, ref);
        if (item.getClaimedBy() == null) {
            return row(item);
        }
        if (!item.isHeldBy(me.id()) && !isLead(me)) {
            throw conflict(item, Reason.CLAIMED_BY_OTHER);
        }
        Map<String, Object> before = item.auditState();
        item.release();
        return row(save(me, item, "release", before, Map.of()));
    }

    /** A supervisor gives the item to {@code assigneeId}, an agent or supervisor of the item's shop. */
    @Transactional
    public WorkItemRow reassign(ItemRef ref, long assigneeId) {
        UserSummary me = currentUser.requireRole(LEADS);
        return row(doReassign(me, ref, assigneeId));
    }

    /**
     * Answers a chat round: checks the text against the compliance rules, stores it, and the round's first human
     * reply is now (its reply time stops growing).
     *
     * @param warningsConfirmed the agent saw the compliance warnings of this text and sends it anyway
     * @throws com.scoredesk.compliance.ComplianceBlockedException when a blocking rule hits: nothing is sent
     * @throws com.scoredesk.compliance.ComplianceWarningException when warnings hit and are not confirmed
     */
    @Transactional
    public WorkItemRow reply(ItemRef ref, String text, boolean warningsConfirmed) {
        UserSummary me = currentUser.requireRole(WORKERS);
        String reply = required(text, MAX_REPLY, "reply");
        WorkItem item = loadForAction(me, ref, WorkItemKind.CHAT);
        compliance.requireSendable(reply, warningsConfirmed);
        Map<String, Object> before = item.auditState();
        Instant now = clock.instant();
        if (!changed(item, () -> activity.reply(item.getShopId(), item.getSourceId(), now))) {
            throw conflict(item, Reason.HANDLED_ELSEWHERE);
        }
        activity.storeReply(item.getShopId(), item.getSourceId(), reply, me.id(), now);
        claimIfFree(me, item, now);
        item.finish(me.id(), now, WorkItemOutcome.REPLIED, null);
        return row(saveChangingActivity(me, item, "reply", before, Map.of("reply", reply)));
    }

    /** Agrees to the after-sale now: a refund is refunded at once, a return or exchange is agreed. */
    @Transactional
    public WorkItemRow agree(ItemRef ref) {
        UserSummary me = currentUser.requireRole(WORKERS);
        return row(doAgree(me, ref));
    }

    /** Rejects the after-sale; the reason is required and kept. */
    @Transactional
    public WorkItemRow reject(ItemRef ref, String reason) {
        UserSummary me = currentUser.requireRole(WORKERS);
        String why = required(reason, MAX_REASON, "reason");
        WorkItem item = loadForAction(me, ref, WorkItemKind.AFTER_SALE);
        Map<String, Object> before = item.auditState();
        if (!changed(item, () -> activity.reject(item.getShopId(), item.getSourceId()))) {
            throw conflict(item, Reason.HANDLED_ELSEWHERE);
        }
        Instant now = clock.instant();
        claimIfFree(me, item, now);
        item.finish(me.id(), now, WorkItemOutcome.REJECTED, why);
        return row(saveChangingActivity(me, item, "reject", before, Map.of("reason", why)));
    }

    /** Records that the courier was asked to hurry (pickup or delivery); the item stays open until the scan arrives. */
    @Transactional
    public WorkItemRow urgeCourier(ItemRef ref) {
        UserSummary me = currentUser.requireRole(WORKERS);
        WorkItem item = load(me, ref);
        requireKind(item, WorkItemKind.PICKUP, WorkItemKind.LOGISTICS);
        requireActionable(me, item);
        Map<String, Object> before = item.auditState();
        Instant now = clock.instant();
        if (!changed(item, () -> activity.urgeCourier(item.getShopId(), item.getSourceId(), now))) {
            throw conflict(item, Reason.HANDLED_ELSEWHERE);
        }
        claimIfFree(me, item, now);
        item.urged(now);
        return row(saveChangingActivity(me, item, "urge_courier", before, Map.of()));
    }

    /**
     * Starts an appeal of the review with 差评申诉's suggested draft (reason and text filled from the evidence found);
     * the agent completes and submits it there. The item stays open until the appeal is submitted.
     */
    @Transactional
    public WorkItemRow startAppeal(ItemRef ref) {
        UserSummary me = currentUser.requireRole(WORKERS);
        WorkItem item = loadForAction(me, ref, WorkItemKind.REVIEW);
        if (item.getAppealStartedAt() != null) {
            return row(item);
        }
        Map<String, Object> before = item.auditState();
        String reviewId = activity.reviewId(item.getShopId(), item.getSourceId());
        if (reviewId == null) {
            throw conflict(item, Reason.GONE);
        }
        AppealSummary appeal;
        try {
            appeal = appeals.startDraft(item.getShopId(), reviewId);
        } catch (AppealRefusedException refused) {
            throw conflict(item, Reason.HANDLED_ELSEWHERE);
        }
        Instant now = clock.instant();
        claimIfFree(me, item, now);
        item.appealStarted(now);
        return row(save(me, item, "start_appeal", before, Map.of("appeal", appeal.id(), "review", reviewId)));
    }

    /** One claim, in the caller's transaction (bulk actions run many in one). */
    WorkItem doClaim(UserSummary me, ItemRef ref) {
        WorkItem item = load(me, ref);
        if (item.isHeldBy(me.id())) {
            return item;
        }
        requireActionable(me, item);
        Map<String, Object> before = item.auditState();
        item.claim(me.id(), clock.instant());
        return save(me, item, "claim", before, Map.of());
    }

    WorkItem doReassign(UserSummary me, ItemRef ref, long assigneeId) {
        WorkItem item = load(me, ref);
        if (item.isDone()) {
            throw conflict(item, Reason.DONE);
        }
        if (!team.canWork(assigneeId, item.getShopId())) {
            throw new IllegalArgumentException("user " + assigneeId + " does not work shop " + item.getShopId());
        }
        Map<String, Object> before = item.auditState();
        item.claim(assigneeId, clock.instant());
        return save(me, item, "reassign", before, Map.of("assignee", assigneeId));
    }

    WorkItem doAgree(UserSummary me, ItemRef ref) {
        WorkItem item = loadForAction(me, ref, WorkItemKind.AFTER_SALE);
        Map<String, Object> before = item.auditState();
        Map<String, Object> afterSale = activity.afterSale(item.getShopId(), item.getSourceId());
        if (afterSale == null) {
            throw conflict(item, Reason.GONE);
        }
        String type = String.valueOf(afterSale.get("after_sale_type"));
        boolean refund = type.startsWith("refund_");
        Instant now = clock.instant();
        if (!changed(item, () -> activity.agree(item.getShopId(), item.getSourceId(), refund, now))) {
            throw conflict(item, Reason.HANDLED_ELSEWHERE);
        }
        claimIfFree(me, item, now);
        item.finish(me.id(), now, refund ? WorkItemOutcome.REFUND_AGREED : WorkItemOutcome.RETURN_AGREED, null);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("afterSale", afterSale.get("after_sale_id"));
        extra.put("type", type);
        return saveChangingActivity(me, item, "agree", before, extra);
    }

    /** Loads the item the user saw, if the user may see its shop and it did not change since. */
    private WorkItem load(UserSummary me, ItemRef ref) {
        WorkItem item =
                items.findById(ref.id()).orElseThrow(() -> new WorkItemConflictException(Reason.GONE, ref.id(), null));
        currentUser.requireShop(item.getShopId());
        if (item.getVersion() != ref.version()) {
            if (item.isDone()) {
                throw conflict(item, Reason.DONE);
            }
            if (item.getClaimedBy() != null && !item.isHeldBy(me.id())) {
                throw conflict(item, Reason.CLAIMED_BY_OTHER);
            }
            throw conflict(item, Reason.CHANGED);
        }
        return item;
    }

    private WorkItem loadForAction(UserSummary me, ItemRef ref, WorkItemKind kind) {
        WorkItem item = load(me, ref);
        requireKind(item, kind);
        requireActionable(me, item);
        return item;
    }

    private static void requireKind(WorkItem item, WorkItemKind... kinds) {
        for (WorkItemKind kind : kinds) {
            if (item.getKind() == kind) {
                return;
            }
        }
        throw new IllegalArgumentException("work item " + item.getId() + " is " + item.getKind());
    }

    /** Open, and either free or held by the actor. */
    private void requireActionable(UserSummary me, WorkItem item) {
        if (item.isDone()) {
            throw conflict(item, Reason.DONE);
        }
        if (item.getClaimedBy() != null && !item.isHeldBy(me.id())) {
            throw conflict(item, Reason.CLAIMED_BY_OTHER);
        }
    }

    private static void claimIfFree(UserSummary me, WorkItem item, Instant now) {
        if (item.getClaimedBy() == null) {
            item.claim(me.id(), now);
        }
    }

    private WorkItem save(
            UserSummary me, WorkItem item, String action, Map<String, Object> before, Map<String, Object> extra) {
        WorkItem saved;
        try {
            saved = items.saveAndFlush(item);
        } catch (ConcurrencyFailureException lost) {
            throw new WorkItemConflictException(Reason.CHANGED, Objects.requireNonNull(item.getId()), null);
        }
        if (saved.isDone()) {
            // only an open item can be acted on, so this action finished it
            ledger.finished(saved);
        }
        Map<String, Object> after = new LinkedHashMap<>(saved.auditState());
        after.putAll(extra);
        audit.record(
                me,
                saved.getShopId(),
                SUBJECT + "." + action,
                SUBJECT,
                Objects.requireNonNull(saved.getId()),
                before,
                after);
        events.publishEvent(new WorklistChanged(saved.getShopId()));
        return saved;
    }

    private WorkItem saveChangingActivity(
            UserSummary me, WorkItem item, String action, Map<String, Object> before, Map<String, Object> extra) {
        WorkItem saved = save(me, item, action, before, extra);
        events.publishEvent(new ShopDataChanged(saved.getShopId()));
        return saved;
    }

    /** Runs a conditional update of the activity row; waiting too long for another writer's lock means it lost. */
    private static boolean changed(WorkItem item, BooleanSupplier update) {
        try {
            return update.getAsBoolean();
        } catch (ConcurrencyFailureException lost) {
            throw new WorkItemConflictException(Reason.CHANGED, Objects.requireNonNull(item.getId()), null);
        }
    }

    private WorkItemConflictException conflict(WorkItem item, Reason reason) {
        Long who = reason == Reason.DONE ? null : item.getClaimedBy();
        return new WorkItemConflictException(reason, Objects.requireNonNull(item.getId()), team.name(who));
    }

    private WorkItemRow row(WorkItem item) {
        return Objects.requireNonNull(queries.find(Objects.requireNonNull(item.getId())));
    }

    private static boolean isLead(UserSummary user) {
        return user.roles().contains(Role.SUPERVISOR) || user.roles().contains(Role.ADMIN);
    }

    private static String required(@Nullable String text, int max, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException(what + " is longer than " + max + " characters");
        }
        return stripped;
    }
}
