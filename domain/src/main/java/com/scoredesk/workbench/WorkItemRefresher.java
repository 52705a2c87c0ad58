package com.scoredesk.workbench;

import static com.scoredesk.workbench.WorklistQueries.instant;
import static com.scoredesk.workbench.WorklistQueries.utc;

import com.scoredesk.activity.ShopDataChanged;
import com.scoredesk.scoring.rules.RuleSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the work items of every shop in step with its activity: after each committed change of a shop's data (in the
 * background, so the acting agent does not wait), at start-up, and every {@code refreshInterval} (impacts and
 * deadlines move with the clock). One refresh reads the shop's open work, prices all of it in one pass, and then
 * inserts new items, re-ranks open ones, closes the ones the data shows finished and deletes old done ones, in one
 * transaction. Re-ranking does not touch the version: only agents' actions do.
 */
@Component
public class WorkItemRefresher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WorkItemRefresher.class);

    private final ShopRules rules;
    private final OpenWork openWork;
    private final ImpactPricer pricer;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final WorkbenchProperties properties;
    private final Clock clock;
    private final Map<Long, Object> locks = new ConcurrentHashMap<>();
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();
    private @Nullable ExecutorService worker;
    private @Nullable ScheduledExecutorService ticker;

    @SuppressWarnings("java:S107") // collaborators of one job
    WorkItemRefresher(
            ShopRules rules,
            OpenWork openWork,
            ImpactPricer pricer,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events,
            WorkbenchProperties properties,
            Clock clock) {
        this.rules = rules;
        this.openWork = openWork;
        this.pricer = pricer;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** A shop's data changed and the change is committed: refresh its items in the background. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onShopDataChanged(ShopDataChanged event) {
        refreshLater(event.shopId());
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        allShops().forEach(this::refreshLater);
    }

    /** Queues a refresh of shop {@code shopId}; requests that arrive while one is queued are merged into it. */
    public void refreshLater(long shopId) {
        ExecutorService executor = worker;
        if (executor == null || !pending.add(shopId)) {
            return;
        }
        executor.execute(() -> {
            pending.remove(shopId);
            try {
                refreshUnchecked(shopId);
            } catch (RuntimeException e) {
                log.warn("refreshing the work items of shop {} failed", shopId, e);
            }
        });
    }

    /**
     * Refreshes the work items of shop {@code shopId} now, without a user (for the background job, start-up and
     * tests), and tells open workbenches when anything changed.
     *
     * @return whether any item was added, changed or closed
     */
    public boolean refreshUnchecked(long shopId) {
        Object lock = locks.computeIfAbsent(shopId, id -> new Object());
        boolean changed;
        synchronized (lock) {
            changed = Boolean.TRUE.equals(transactions.execute(status -> refreshInTransaction(shopId)));
        }
        if (changed) {
            events.publishEvent(new WorklistChanged(shopId));
        }
        return changed;
    }

    private boolean refreshInTransaction(long shopId) {
        ShopRules.ScoredShop shop = rules.shop(shopId);
        if (shop == null) {
            return false;
        }
        Instant now = clock.instant();
        RuleSet ruleSet = rules.ruleSet(shop, now);
        List<Candidate> candidates = openWork.find(shopId, shop.shop().industry(), ruleSet, now);
        Map<String, BigDecimal> impacts = pricer.price(shopId, shop, ruleSet, candidates, now);
        Map<String, Existing> existing = existing(shopId);
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> reopens = new ArrayList<>();
        for (Candidate c : candidates) {
            BigDecimal impact = impacts.getOrDefault(c.key(), BigDecimal.ZERO).setScale(8, RoundingMode.HALF_UP);
            Existing old = existing.remove(c.key());
            if (old == null) {
                inserts.add(insertArgs(shopId, c, impact));
            } else if (old.done()) {
                reopens.add(reopenArgs(c, impact, old));
            } else if (old.differs(c, impact)) {
                updates.add(updateArgs(c, impact, old));
            }
        }
        List<Object[]> closes = new ArrayList<>();
        List<Object[]> deletes = new ArrayList<>();
        Instant expiry = now.minus(properties.doneRetention());
        for (Existing old : existing.values()) {
            if (!old.done()) {
                closes.add(new Object[] {utc(now), old.id(), old.version()});
            } else if (old.doneAt() != null && old.doneAt().isBefore(expiry)) {
                deletes.add(new Object[] {old.id()});
            }
        }
        batch(
                """
                INSERT INTO work_item (shop_id, kind, source_id, order_id, buyer, summary, tag, amount, evidence,
                  opened_at, deadline, cost_stops_at, impact) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                inserts);
        batch(
                """
                UPDATE work_item SET order_id = ?, buyer = ?, summary = ?, tag = ?, amount = ?, evidence = ?,
                  opened_at = ?, deadline = ?, cost_stops_at = ?, impact = ? WHERE id = ? AND done = FALSE""",
                updates);
        batch(
                """
                UPDATE work_item SET order_id = ?, buyer = ?, summary = ?, tag = ?, amount = ?, evidence = ?,
                  opened_at = ?, deadline = ?, cost_stops_at = ?, impact = ?, done = FALSE, claimed_by = NULL, claimed_at = NULL,
                  done_at = NULL, done_by = NULL, outcome = NULL, note = NULL, gained = NULL,
                  version = version + 1
                WHERE id = ? AND version = ?""",
                reopens);
        batch(
                """
                UPDATE work_item SET done = TRUE, done_at = ?, outcome = 'RESOLVED', impact = 0,
                  version = version + 1 WHERE id = ? AND version = ? AND done = FALSE""",
                closes);
        batch("DELETE FROM work_item WHERE id = ?", deletes);
        return !(inserts.isEmpty() && updates.isEmpty() && reopens.isEmpty() && closes.isEmpty());
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }

    private static Object[] insertArgs(long shopId, Candidate c, BigDecimal impact) {
        return args(List.of(shopId, c.kind().name(), c.sourceId()), c, impact);
    }

    private static Object[] updateArgs(Candidate c, BigDecimal impact, Existing old) {
        return args(List.of(), c, impact, old.id());
    }

    private static Object[] reopenArgs(Candidate c, BigDecimal impact, Existing old) {
        return args(List.of(), c, impact, old.id(), old.version());
    }

    /**
     * {@code before}, then the candidate's columns in the order every statement here lists them (order id … cost stops
     * at, impact), then {@code after}.
     */
    private static Object[] args(List<Object> before, Candidate c, BigDecimal impact, Object... after) {
        List<@Nullable Object> args = new ArrayList<>(before);
        args.addAll(Arrays.asList(
                c.orderId(),
                c.buyer(),
                c.summary(),
                c.tag(),
                c.amount(),
                evidenceColumn(c),
                utc(c.openedAt()),
                utc(c.deadline()),
                utcOrNull(c.costStopsAt()),
                impact));
        args.addAll(Arrays.asList(after));
        return args.toArray();
    }

    private static java.time.@Nullable OffsetDateTime utcOrNull(@Nullable Instant instant) {
        return instant == null ? null : utc(instant);
    }

    private static @Nullable String evidenceColumn(Candidate c) {
        return c.evidence().isEmpty() ? null : c.evidenceText();
    }

    private Map<String, Existing> existing(long shopId) {
        Map<String, Existing> byKey = new HashMap<>();
        jdbc.query(
                """
                SELECT id, version, kind, source_id, done, done_at, order_id, buyer, summary, tag, amount, evidence,
                  opened_at, deadline, cost_stops_at, impact FROM work_item WHERE shop_id = ?""",
                rs -> {
                    Existing e = new Existing(
                            rs.getLong("id"),
                            rs.getLong("version"),
                            rs.getBoolean("done"),
                            instant(rs, "done_at"),
                            new Candidate(
                                    WorkItemKind.valueOf(rs.getString("kind")),
                                    rs.getLong("source_id"),
                                    "",
                                    rs.getString("order_id"),
                                    rs.getString("buyer"),
                                    rs.getString("summary"),
                                    rs.getString("tag"),
                                    rs.getBigDecimal("amount"),
                                    evidence(rs.getString("evidence")),
                                    Objects.requireNonNull(instant(rs, "opened_at")),
                                    Objects.requireNonNull(instant(rs, "deadline")),
                                    instant(rs, "cost_stops_at")),
                            rs.getBigDecimal("impact"));
                    byKey.put(e.item().key(), e);
                },
                shopId);
        return byKey;
    }

    private static List<String> evidence(@Nullable String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split(","));
    }

    private List<Long> allShops() {
        return jdbc.queryForList("SELECT id FROM shop ORDER BY id", Long.class);
    }

    /** Re-ranks every shop: deadlines pass and waiting costs grow even when no data arrives. */
    void refreshAll() {
        allShops().forEach(this::refreshLater);
    }

    @Override
    public void start() {
        if (!properties.background()) {
            return;
        }
        worker = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("work-item-refresh").daemon().factory());
        ticker = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("work-item-tick").daemon().factory());
        long every = properties.refreshInterval().toMillis();
        ticker.scheduleWithFixedDelay(this::refreshAll, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        if (worker != null) {
            worker.shutdownNow();
        }
        ticker = null;
        worker = null;
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    private record Existing(
            long id, long version, boolean done, @Nullable Instant doneAt, Candidate item, BigDecimal impact) {

        boolean differs(Candidate c, BigDecimal newImpact) {
            return impact.compareTo(newImpact) != 0
                    || !item.deadline().equals(c.deadline())
                    || !Objects.equals(item.costStopsAt(), c.costStopsAt())
                    || !item.openedAt().equals(c.openedAt())
                    || !Objects.equals(item.orderId(), c.orderId())
                    || !Objects.equals(item.buyer(), c.buyer())
                    || !Objects.equals(item.summary(), c.summary())
                    || !Objects.equals(item.tag(), c.tag())
                    || !sameAmount(item.amount(), c.amount())
                    || !item.evidenceText().equals(c.evidenceText());
        }

        private static boolean sameAmount(@Nullable BigDecimal a, @Nullable BigDecimal b) {
            return a == null ? b == null : b != null && a.compareTo(b) == 0;
        }
    }
}
