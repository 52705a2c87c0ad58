package com.scoredesk.scoring.rules;

import com.scoredesk.scoring.model.OrderFlag;
import com.scoredesk.scoring.model.Province;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * One version of the platform's rules, read from a JSON resource: the windows, indicators, weights, curves,
 * floors, bonuses, deductions, display bands, consequences and work-item deadlines the calculator applies. What
 * each indicator, bonus and check <em>counts</em> is code (section 5 of the contract); every number is here.
 *
 * <p>Immutable and thread-safe. {@link #with(RuleSetOverrides)} gives a new rule set with some numbers replaced.
 */
public final class RuleSet {

    private final ObjectNode source;
    private final String id;
    private final Label title;
    private final Scale scale;
    private final int windowDays;
    private final long lowPriceCutoffFen;
    private final Set<OrderFlag> excludedOrderFlags;
    private final boolean approvedAppealsExcluded;
    private final Clocks clocks;
    private final PickupRules pickup;
    private final DeliveryRoutes delivery;
    private final Set<Province> remoteProvinces;
    private final StageRule stage;
    private final List<DimensionSpec> dimensions;
    private final @Nullable FloorRule floor;
    private final @Nullable GateRule gate;
    private final List<BonusRule> bonuses;
    private final List<DeductionRule> deductions;
    private final Map<String, BigDecimal> deductionCaps;
    private final DisplayRule display;
    private final StarRule stars;
    private final ConsequenceRule consequences;
    private final WorkItemRules workItems;

    @SuppressWarnings("checkstyle:ParameterNumber")
    RuleSet(
            ObjectNode source,
            String id,
            Label title,
            Scale scale,
            int windowDays,
            long lowPriceCutoffFen,
            Set<OrderFlag> excludedOrderFlags,
            boolean approvedAppealsExcluded,
            Clocks clocks,
            PickupRules pickup,
            DeliveryRoutes delivery,
            Set<Province> remoteProvinces,
            StageRule stage,
            List<DimensionSpec> dimensions,
            @Nullable FloorRule floor,
            @Nullable GateRule gate,
            List<BonusRule> bonuses,
            List<DeductionRule> deductions,
            Map<String, BigDecimal> deductionCaps,
            DisplayRule display,
            StarRule stars,
            ConsequenceRule consequences,
            WorkItemRules workItems) {
        this.source = source.deepCopy();
        this.id = id;
        this.title = title;
        this.scale = scale;
        this.windowDays = windowDays;
        this.lowPriceCutoffFen = lowPriceCutoffFen;
        this.excludedOrderFlags = Set.copyOf(excludedOrderFlags);
        this.approvedAppealsExcluded = approvedAppealsExcluded;
        this.clocks = clocks;
        this.pickup = pickup;
        this.delivery = delivery;
        this.remoteProvinces = Set.copyOf(remoteProvinces);
        this.stage = stage;
        this.dimensions = List.copyOf(dimensions);
        this.floor = floor;
        this.gate = gate;
        this.bonuses = List.copyOf(bonuses);
        this.deductions = List.copyOf(deductions);
        this.deductionCaps = Map.copyOf(deductionCaps);
        this.display = display;
        this.stars = stars;
        this.consequences = consequences;
        this.workItems = workItems;
    }

    /** {@code douyin-2026-09}. */
    public String id() {
        return id;
    }

    public Label title() {
        return title;
    }

    public Scale scale() {
        return scale;
    }

    /** The length of the main window in days. */
    public int windowDays() {
        return windowDays;
    }

    /** Orders paid at most this much (in fen) are low-price orders, not valid ones. */
    public long lowPriceCutoffFen() {
        return lowPriceCutoffFen;
    }

    /** Orders with any of these flags are not valid paid orders. */
    public Set<OrderFlag> excludedOrderFlags() {
        return excludedOrderFlags;
    }

    /** A review whose appeal was approved leaves every indicator. */
    public boolean approvedAppealsExcluded() {
        return approvedAppealsExcluded;
    }

    public Clocks clocks() {
        return clocks;
    }

    public PickupRules pickup() {
        return pickup;
    }

    public DeliveryRoutes delivery() {
        return delivery;
    }

    /** Destinations that earn the remote-logistics bonus. */
    public Set<Province> remoteProvinces() {
        return remoteProvinces;
    }

    public StageRule stage() {
        return stage;
    }

    public List<DimensionSpec> dimensions() {
        return dimensions;
    }

    /** The small-shop floor, {@code null} when the rule set has none. */
    public @Nullable FloorRule floor() {
        return floor;
    }

    /** The IM dissatisfaction gate, {@code null} when the rule set has none. */
    public @Nullable GateRule gate() {
        return gate;
    }

    public List<BonusRule> bonuses() {
        return bonuses;
    }

    /** Deductions by violation kind, in the order they are applied and reported. */
    public List<DeductionRule> deductions() {
        return deductions;
    }

    /** The cap of each deduction cap group. */
    public Map<String, BigDecimal> deductionCaps() {
        return deductionCaps;
    }

    public DisplayRule display() {
        return display;
    }

    public StarRule stars() {
        return stars;
    }

    public ConsequenceRule consequences() {
        return consequences;
    }

    public WorkItemRules workItems() {
        return workItems;
    }

    /** The indicator with {@code indicatorId}, wherever it is. */
    public Optional<IndicatorSpec> indicator(String indicatorId) {
        for (DimensionSpec d : dimensions) {
            for (IndicatorSpec i : d.indicators()) {
                if (i.id().equals(indicatorId)) {
                    return Optional.of(i);
                }
            }
        }
        return Optional.empty();
    }

    public boolean hasIndicator(String indicatorId) {
        return indicator(indicatorId).isPresent();
    }

    /**
     * This rule set with {@code overrides} applied.
     *
     * @throws RuleSetException when the result is not a valid rule set
     */
    public RuleSet with(RuleSetOverrides overrides) {
        if (overrides.isEmpty()) {
            return this;
        }
        return RuleSetParser.parse(overrides.applyTo(source));
    }

    /** The rule set as JSON, the format of the resource files. */
    public String toJson() {
        return source.toPrettyString();
    }

    ObjectNode source() {
        return source.deepCopy();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleSet other && source.equals(other.source);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }

    @Override
    public String toString() {
        return "RuleSet[" + id + "]";
    }

    /**
     * The range of totals and their decimals: a 100-point total is an integer, a 5-point total has 2 decimals.
     */
    public record Scale(BigDecimal min, BigDecimal max, int decimals) {
        public Scale {
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
            if (min.compareTo(max) >= 0) {
                throw new RuleSetException("empty scale " + min + ".." + max);
            }
        }
    }
}
