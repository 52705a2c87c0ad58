package com.scoredesk.settings;

import com.scoredesk.activity.ShopDataChanged;
import com.scoredesk.score.RuleSets;
import com.scoredesk.scoring.rules.RuleSet;
import com.scoredesk.scoring.rules.RuleSetException;
import com.scoredesk.scoring.rules.RuleSetOverrides;
import com.scoredesk.scoring.rules.RuleSetRegistry;
import com.scoredesk.shop.ShopProfiles;
import com.scoredesk.user.CurrentUser;
import com.scoredesk.user.Role;
import com.scoredesk.user.UserSummary;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The ASSUMED numbers administrators set per industry or shop. Every value is checked through the scoring module's
 * override API (the rule set with all overrides of its scope must still be a valid rule set) before it is stored;
 * {@link #registry()} gives the shipped rule sets with every stored assumption applied (industry first, then shop).
 * It is the application's {@link RuleSets}: every score, projection, impact and deadline is computed with it, and a
 * change re-scores every shop (the live scores and the worklists' impacts follow).
 */
@Service
@Transactional(readOnly = true)
public class ScoringAssumptions implements RuleSets {

    private final AssumptionStore store;
    private final RuleSetRegistry standard;
    private final CurrentUser currentUser;
    private final ShopProfiles shops;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private volatile @Nullable RuleSetRegistry applied;

    ScoringAssumptions(
            AssumptionStore store,
            RuleSetRegistry standard,
            CurrentUser currentUser,
            ShopProfiles shops,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.standard = standard;
        this.currentUser = currentUser;
        this.shops = shops;
        this.events = events;
        this.clock = clock;
    }

    /** The rule sets administrators can set numbers of. */
    public List<String> ruleSetIds() {
        currentUser.requireRole(Role.ADMIN);
        return standard.ruleSets().stream().map(RuleSet::id).toList();
    }

    /** The numbers of rule set {@code ruleSetId} that can be set, with their defaults and sources. */
    public List<AssumptionItem> catalog(String ruleSetId) {
        currentUser.requireRole(Role.ADMIN);
        return AssumptionCatalog.items(standard.require(ruleSetId));
    }

    /** What is stored for {@code scope} under {@code ruleSetId}, by {@link AssumptionItem#key()}. */
    public Map<String, StoredAssumption> stored(String ruleSetId, AssumptionScope scope) {
        currentUser.requireRole(Role.ADMIN);
        Map<String, StoredAssumption> byKey = new LinkedHashMap<>();
        store.all().stream()
                .filter(a -> a.ruleSet().equals(ruleSetId) && a.scope().equals(scope))
                .forEach(a -> byKey.put(a.key(), a));
        return byKey;
    }

    public long count() {
        currentUser.requireRole(Role.ADMIN);
        return store.count();
    }

    /** Every stored assumption, page by page. */
    public List<StoredAssumption> page(int offset, int limit) {
        currentUser.requireRole(Role.ADMIN);
        return store.page(offset, limit);
    }

    /**
     * Stores {@code value} for a number of {@code ruleSetId} and {@code scope}.
     *
     * @throws IllegalArgumentException when the value is not a number of the right kind, or the rule set with it
     *     would not be valid (the message says why)
     */
    @Transactional
    public void save(
            String ruleSetId,
            AssumptionScope scope,
            AssumptionKind kind,
            String itemId,
            String value,
            @Nullable String note) {
        UserSummary admin = currentUser.requireRole(Role.ADMIN);
        RuleSetOverrides changed = AssumptionOverrides.of(kind, itemId, value);
        RuleSetOverrides all = RuleSetOverrides.none();
        for (StoredAssumption other : stored(ruleSetId, scope).values()) {
            if (!(other.kind() == kind && other.itemId().equals(itemId))) {
                all = all.then(AssumptionOverrides.of(other.kind(), other.itemId(), other.value()));
            }
        }
        try {
            standard.require(ruleSetId).with(all.then(changed));
        } catch (RuleSetException invalid) {
            throw new IllegalArgumentException(invalid.getMessage(), invalid);
        }
        store.save(ruleSetId, scope, kind, itemId, value.strip(), note, admin.username(), clock.instant());
        changed();
    }

    @Transactional
    public void remove(String ruleSetId, AssumptionScope scope, AssumptionKind kind, String itemId) {
        currentUser.requireRole(Role.ADMIN);
        store.remove(ruleSetId, scope, kind, itemId);
        changed();
    }

    /** The shipped rule sets with every stored assumption applied; for scoring, without a user. */
    @Override
    public RuleSetRegistry registry() {
        RuleSetRegistry registry = applied;
        if (registry == null) {
            registry = build();
            applied = registry;
        }
        return registry;
    }

    private RuleSetRegistry build() {
        Map<String, RuleSetOverrides> byScope = new LinkedHashMap<>();
        for (StoredAssumption a : store.all()) {
            String key = a.ruleSet() + "\u0000" + a.scope().kind() + "\u0000"
                    + a.scope().value();
            byScope.merge(key, AssumptionOverrides.of(a.kind(), a.itemId(), a.value()), RuleSetOverrides::then);
        }
        RuleSetRegistry registry = standard;
        for (Map.Entry<String, RuleSetOverrides> entry : byScope.entrySet()) {
            String[] key = entry.getKey().split("\u0000", 3);
            registry = AssumptionScope.Kind.valueOf(key[1]) == AssumptionScope.Kind.INDUSTRY
                    ? registry.withIndustryOverrides(key[0], key[2], entry.getValue())
                    : registry.withShopOverrides(key[0], key[2], entry.getValue());
        }
        return Objects.requireNonNull(registry);
    }

    private void changed() {
        applied = null;
        events.publishEvent(new ScoringAssumptionsChanged());
        shops.allShopIdsUnchecked().forEach(shopId -> events.publishEvent(new ShopDataChanged(shopId)));
    }

    /**
     * Forgets the applied registry once the change is committed, so that no reader keeps an older one; first among the
     * listeners, so that the shops' re-scoring after the same commit uses the new numbers.
     */
    @Order(Ordered.HIGHEST_PRECEDENCE)
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void on(ScoringAssumptionsChanged committed) {
        applied = null;
    }
}
