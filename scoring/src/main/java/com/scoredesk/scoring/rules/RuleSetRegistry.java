package com.scoredesk.scoring.rules;

import com.scoredesk.scoring.model.Shop;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rule sets ScoreDesk knows and the periods they are in force: the set for a scored day T is the one whose
 * period holds T; a shop may pin a set, which then scores any day. Overrides of ASSUMED numbers are kept per
 * rule set and industry or shop, and applied by {@link #resolve(LocalDate, String, Shop)} (industry first, then
 * shop).
 *
 * <p>Immutable and thread-safe; the {@code with…} methods return new registries.
 */
public final class RuleSetRegistry {

    private static final String INDEX = "rule-sets.json";
    private static volatile @Nullable RuleSetRegistry standard;

    private final Map<String, RuleSet> byId;
    private final List<Period> periods;
    private final Map<String, RuleSetOverrides> industryOverrides;
    private final Map<String, RuleSetOverrides> shopOverrides;
    private final Map<String, RuleSet> resolved = new ConcurrentHashMap<>();

    private RuleSetRegistry(
            Map<String, RuleSet> byId,
            List<Period> periods,
            Map<String, RuleSetOverrides> industryOverrides,
            Map<String, RuleSetOverrides> shopOverrides) {
        this.byId = byId;
        this.periods = List.copyOf(periods);
        this.industryOverrides = Map.copyOf(industryOverrides);
        this.shopOverrides = Map.copyOf(shopOverrides);
    }

    /** The rule sets shipped with ScoreDesk ({@code douyin-2022-5pt}, {@code douyin-2026-07}, {@code douyin-2026-09}). */
    public static RuleSetRegistry standard() {
        RuleSetRegistry r = standard;
        if (r == null) {
            synchronized (RuleSetRegistry.class) {
                r = standard;
                if (r == null) {
                    r = load();
                    standard = r;
                }
            }
        }
        return r;
    }

    /** A registry of the given rule sets and periods. */
    public static RuleSetRegistry of(List<RuleSet> ruleSets, List<Period> periods) {
        Map<String, RuleSet> map = new LinkedHashMap<>();
        for (RuleSet r : ruleSets) {
            if (map.putIfAbsent(r.id(), r) != null) {
                throw new RuleSetException("rule set " + r.id() + " twice");
            }
        }
        for (Period p : periods) {
            if (!map.containsKey(p.ruleSetId())) {
                throw new RuleSetException("period " + p + " names an unknown rule set");
            }
        }
        List<Period> sorted = new ArrayList<>(periods);
        sorted.sort((a, b) -> a.from().compareTo(b.from()));
        for (int i = 1; i < sorted.size(); i++) {
            Period before = sorted.get(i - 1);
            if (before.to() == null || !before.to().isBefore(sorted.get(i).from())) {
                throw new RuleSetException("periods overlap: " + before + " and " + sorted.get(i));
            }
        }
        return new RuleSetRegistry(map, sorted, Map.of(), Map.of());
    }

    /**
     * Reads a rule set from JSON in the format of the shipped files.
     *
     * @throws RuleSetException when it is not a valid rule set
     */
    public static RuleSet parse(String json) {
        return RuleSetParser.parse(RuleSetParser.readTree(json, "rule set"));
    }

    private static RuleSetRegistry load() {
        ObjectNode index = RuleSetParser.readTree(RuleSetParser.resource(INDEX), INDEX);
        List<RuleSet> sets = new ArrayList<>();
        for (JsonNode id : index.path("ruleSets")) {
            String file = id.asString() + ".json";
            RuleSet set = RuleSetParser.parse(RuleSetParser.readTree(RuleSetParser.resource(file), file));
            if (!set.id().equals(id.asString())) {
                throw new RuleSetException(file + " holds rule set " + set.id());
            }
            sets.add(set);
        }
        List<Period> periods = new ArrayList<>();
        for (JsonNode p : index.path("periods")) {
            try {
                periods.add(new Period(
                        LocalDate.parse(p.path("from").asString()),
                        p.hasNonNull("to") ? LocalDate.parse(p.get("to").asString()) : null,
                        p.path("ruleSet").asString()));
            } catch (DateTimeParseException e) {
                throw new RuleSetException(INDEX + ": bad date in " + p, e);
            }
        }
        return of(sets, periods);
    }

    public List<RuleSet> ruleSets() {
        return List.copyOf(byId.values());
    }

    public List<Period> periods() {
        return periods;
    }

    public Optional<RuleSet> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * @throws RuleSetException when there is no rule set {@code id}
     */
    public RuleSet require(String id) {
        RuleSet r = byId.get(id);
        if (r == null) {
            throw new RuleSetException("unknown rule set " + id + "; known: " + String.join(", ", byId.keySet()));
        }
        return r;
    }

    /**
     * The rule set in force on {@code day}, without overrides.
     *
     * @throws NoRuleSetException when none is (before 2022-12-08)
     */
    public RuleSet inForce(LocalDate day) {
        for (Period p : periods) {
            if (p.contains(day)) {
                return byId.get(p.ruleSetId());
            }
        }
        throw new NoRuleSetException(day);
    }

    /**
     * The rule set that scores {@code shop} on {@code day}: the pinned one when {@code pinnedId} is set, else the
     * one in force, with the overrides of the shop's industry and then of the shop applied.
     *
     * @throws NoRuleSetException when nothing is pinned and no rule set is in force on {@code day}
     * @throws RuleSetException when the pinned id is unknown or an override does not fit
     */
    public RuleSet resolve(LocalDate day, @Nullable String pinnedId, Shop shop) {
        RuleSet base = pinnedId != null ? require(pinnedId) : inForce(day);
        RuleSetOverrides industry =
                industryOverrides.getOrDefault(key(base.id(), shop.industry()), RuleSetOverrides.none());
        RuleSetOverrides own = shopOverrides.getOrDefault(key(base.id(), shop.shopId()), RuleSetOverrides.none());
        if (industry.isEmpty() && own.isEmpty()) {
            return base;
        }
        String cacheKey = base.id() + "\u0000" + shop.industry() + "\u0000" + shop.shopId();
        return resolved.computeIfAbsent(cacheKey, k -> base.with(industry.then(own)));
    }

    /** This registry with {@code overrides} for every shop of {@code industry} under rule set {@code ruleSetId}. */
    public RuleSetRegistry withIndustryOverrides(String ruleSetId, String industry, RuleSetOverrides overrides) {
        RuleSet checked = require(ruleSetId).with(overrides);
        Objects.requireNonNull(checked);
        Map<String, RuleSetOverrides> map = new HashMap<>(industryOverrides);
        map.put(key(ruleSetId, industry), overrides);
        return new RuleSetRegistry(byId, periods, map, shopOverrides);
    }

    /** This registry with {@code overrides} for the shop {@code shopId} under rule set {@code ruleSetId}. */
    public RuleSetRegistry withShopOverrides(String ruleSetId, String shopId, RuleSetOverrides overrides) {
        RuleSet checked = require(ruleSetId).with(overrides);
        Objects.requireNonNull(checked);
        Map<String, RuleSetOverrides> map = new HashMap<>(shopOverrides);
        map.put(key(ruleSetId, shopId), overrides);
        return new RuleSetRegistry(byId, periods, industryOverrides, map);
    }

    private static String key(String ruleSetId, String scope) {
        return ruleSetId + "\u0000" + scope;
    }

    /** Rule set {@code ruleSetId} is in force from {@code from} to {@code to} (both inclusive; open-ended when null). */
    public record Period(LocalDate from, @Nullable LocalDate to, String ruleSetId) {

        public Period {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(ruleSetId, "ruleSetId");
            if (to != null && to.isBefore(from)) {
                throw new RuleSetException("period ends before it starts: " + from + ".." + to);
            }
        }

        public boolean contains(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }
}
