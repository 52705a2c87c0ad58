package com.scoredesk.scoring.rules;

import com.scoredesk.scoring.model.Coded;
import com.scoredesk.scoring.model.EscalationKind;
import com.scoredesk.scoring.model.OrderFlag;
import com.scoredesk.scoring.model.Province;
import com.scoredesk.scoring.model.ShopType;
import com.scoredesk.scoring.model.ViolationKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reads a rule set from its JSON tree, checking every field. */
final class RuleSetParser {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** The indicators the calculator knows how to count. */
    static final Set<String> KNOWN_INDICATORS = Set.of(
            "negative_review_rate",
            "quality_return_rate_lagged",
            "pickup_timely_rate",
            "delivery_hours",
            "complaint_rate_lagged",
            "dispute_merchant_rate",
            "im_3min_reply_rate",
            "refund_only_hours",
            "return_refund_hours",
            "product_rating_avg",
            "quality_return_rate",
            "pickup_score_avg",
            "pickup_hours_avg",
            "delivery_on_time_rate",
            "logistics_return_rate",
            "damage_return_rate",
            "after_sale_review_hours",
            "im_avg_response_seconds",
            "im_dissatisfaction_rate",
            "platform_help_rate");

    static final Set<String> KNOWN_CHECKS = Set.of(
            "low_rating_orders",
            "quality_return_orders",
            "late_pickup_share",
            "missed_delivery_share",
            "logistics_return_orders",
            "damage_return_orders",
            "after_sale_review_hours",
            "im_avg_response_seconds",
            "dissatisfied_sessions",
            "escalated_orders");

    static final Set<String> KNOWN_BONUSES = Set.of(
            "remote_logistics",
            "next_day_delivery",
            "freight_insurance",
            "bulky_freight_insurance",
            "home_installation");

    private static final Map<String, WeightTable.Rows> TABLES = new ConcurrentHashMap<>();
    private static final Map<String, Set<String>> LISTS = new ConcurrentHashMap<>();

    private RuleSetParser() {}

    static ObjectNode readTree(InputStream in, String name) {
        try (in) {
            JsonNode node = MAPPER.readTree(in);
            if (!node.isObject()) {
                throw new RuleSetException(name + ": not a JSON object");
            }
            return (ObjectNode) node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JacksonException e) {
            throw new RuleSetException(name + ": " + e.getOriginalMessage(), e);
        }
    }

    static ObjectNode readTree(String json, String name) {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (!node.isObject()) {
                throw new RuleSetException(name + ": not a JSON object");
            }
            return (ObjectNode) node;
        } catch (JacksonException e) {
            throw new RuleSetException(name + ": " + e.getOriginalMessage(), e);
        }
    }

    static RuleSet parse(ObjectNode root) {
        String id = text(root, "id");
        try {
            return parse(id, root);
        } catch (RuleSetException e) {
            throw new RuleSetException(id + ": " + e.getMessage(), e);
        }
    }

    private static RuleSet parse(String id, ObjectNode root) {
        JsonNode title = req(root, "title");
        JsonNode scale = req(root, "scale");
        JsonNode valid = req(root, "validOrder");
        BigDecimal cutoffYuan = dec(valid, "lowPriceCutoffYuan");
        long cutoffFen;
        try {
            cutoffFen = cutoffYuan.movePointRight(2).longValueExact();
        } catch (ArithmeticException e) {
            throw new RuleSetException("lowPriceCutoffYuan must have at most 2 decimals");
        }
        Set<OrderFlag> excluded = EnumSet.noneOf(OrderFlag.class);
        for (JsonNode f : array(valid, "excludedFlags")) {
            excluded.add(orderFlag(f.asString()));
        }
        int windowDays = integer(root, "windowDays");
        List<DimensionSpec> dimensions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode d : array(root, "dimensions")) {
            DimensionSpec dim = dimension(d);
            for (IndicatorSpec i : dim.indicators()) {
                if (!seen.add(i.id())) {
                    throw new RuleSetException("indicator " + i.id() + " appears twice");
                }
            }
            dimensions.add(dim);
        }
        if (dimensions.isEmpty()) {
            throw new RuleSetException("no dimensions");
        }
        return new RuleSet(
                root,
                id,
                new Label(text(title, "zh"), text(title, "en")),
                new RuleSet.Scale(dec(scale, "min"), dec(scale, "max"), integer(scale, "decimals")),
                windowDays,
                cutoffFen,
                excluded,
                bool(root, "approvedAppealsExcluded"),
                clocks(req(root, "clocks")),
                pickup(req(root, "pickup")),
                delivery(req(root, "delivery")),
                provinces(array(root, "remoteProvinces")),
                stage(req(root, "stage"), seen),
                dimensions,
                root.hasNonNull("floor") ? floor(req(root, "floor"), seen) : null,
                root.hasNonNull("gate") ? gate(req(root, "gate")) : null,
                bonuses(array(root, "bonuses"), dimensions),
                deductions(req(root, "deductions")),
                caps(req(root, "deductions")),
                display(req(root, "display")),
                stars(req(root, "stars")),
                consequences(req(root, "consequences")),
                workItems(req(root, "workItems")));
    }

    private static DimensionSpec dimension(JsonNode d) {
        String id = text(d, "id");
        WeightTable table = null;
        if (d.hasNonNull("weightTable")) {
            JsonNode t = d.get("weightTable");
            String file = text(t, "file");
            Map<String, String> columns = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : req(t, "columns").properties()) {
                columns.put(e.getKey(), e.getValue().asString());
            }
            table = new WeightTable(file, dec(t, "divisor"), columns, table(file));
        }
        List<IndicatorSpec> indicators = new ArrayList<>();
        for (JsonNode i : array(d, "indicators")) {
            indicators.add(indicator(i));
        }
        return new DimensionSpec(id, dec(d, "weight"), indicators, table);
    }

    private static IndicatorSpec indicator(JsonNode i) {
        String id = text(i, "id");
        if (!KNOWN_INDICATORS.contains(id)) {
            throw new RuleSetException("unknown indicator " + id);
        }
        WindowSpec window = null;
        if (i.hasNonNull("window")) {
            JsonNode w = i.get("window");
            window = w.has("days")
                    ? WindowSpec.lastDays(integer(w, "days"))
                    : new WindowSpec(integer(w, "fromDaysBefore"), integer(w, "toDaysBefore"));
        }
        List<Point> buckets = i.hasNonNull("buckets") ? points(array(i, "buckets")) : List.of();
        if (id.equals("pickup_timely_rate") && buckets.isEmpty()) {
            throw new RuleSetException("pickup_timely_rate needs buckets");
        }
        long within = i.hasNonNull("withinSeconds") ? i.get("withinSeconds").asLong() : 0;
        if (id.equals("im_3min_reply_rate") && within <= 0) {
            throw new RuleSetException("im_3min_reply_rate needs withinSeconds");
        }
        return new IndicatorSpec(
                id,
                i.hasNonNull("weight") ? dec(i, "weight") : null,
                curve(req(i, "curve"), id),
                window,
                buckets,
                within);
    }

    private static Curve curve(JsonNode c, String indicator) {
        String kind = text(c, "kind");
        return switch (kind) {
            case "tiers" -> {
                String direction = text(c, "direction");
                if (!direction.equals("higher") && !direction.equals("lower")) {
                    throw new RuleSetException(indicator + ": direction must be higher or lower");
                }
                yield new Curve.Tiers(direction.equals("higher"), points(array(c, "tiers")), dec(c, "otherwise"));
            }
            case "linear" ->
                new Curve.Linear(points(array(c, "points")), c.hasNonNull("extendTo") ? dec(c, "extendTo") : null);
            case "identity" -> new Curve.Identity();
            default -> throw new RuleSetException(indicator + ": unknown curve kind " + kind);
        };
    }

    private static List<Point> points(List<JsonNode> nodes) {
        List<Point> points = new ArrayList<>();
        for (JsonNode p : nodes) {
            if (!p.isArray()
                    || p.size() != 2
                    || !p.get(0).isNumber()
                    || !p.get(1).isNumber()) {
                throw new RuleSetException("a point must be [value, score], got " + p);
            }
            points.add(new Point(p.get(0).decimalValue(), p.get(1).decimalValue()));
        }
        return points;
    }

    private static Clocks clocks(JsonNode c) {
        JsonNode pickup = req(c, "pickupNight");
        JsonNode review = req(c, "reviewNight");
        JsonNode service = req(c, "serviceHours");
        return new Clocks(
                time(pickup, "from"),
                time(pickup, "to"),
                time(review, "from"),
                time(review, "to"),
                time(service, "from"),
                time(service, "to"),
                req(c, "roundReplyCapSeconds").asLong());
    }

    private static PickupRules pickup(JsonNode p) {
        JsonNode curve = req(p, "scoreCurve");
        Set<OrderFlag> flags = EnumSet.noneOf(OrderFlag.class);
        for (JsonNode f : array(curve, "penaltyFlags")) {
            flags.add(orderFlag(f.asString()));
        }
        return new PickupRules(
                bool(p, "excludePresale"),
                integer(p, "lateAfterDays"),
                points(array(curve, "points")),
                dec(curve, "penaltyScore"),
                flags);
    }

    private static DeliveryRoutes delivery(JsonNode d) {
        List<DeliveryRoutes.Route> routes = new ArrayList<>();
        for (JsonNode r : array(d, "routes")) {
            routes.add(new DeliveryRoutes.Route(provinces(array(r, "to")), integer(r, "days")));
        }
        return new DeliveryRoutes(integer(d, "sameProvinceDays"), integer(d, "defaultDays"), routes);
    }

    private static Set<Province> provinces(List<JsonNode> names) {
        Set<Province> set = EnumSet.noneOf(Province.class);
        for (JsonNode n : names) {
            set.add(Province.parse(n.asString())
                    .orElseThrow(() -> new RuleSetException("unknown province " + n.asString())));
        }
        return set;
    }

    private static StageRule stage(JsonNode s, Set<String> indicators) {
        String kind = text(s, "kind");
        return switch (kind) {
            case "minSignedOrders" -> new StageRule.MinSignedOrders(integer(s, "minSignedOrders"));
            case "growth" -> {
                List<StageRule.GrowthCheckRule> checks = new ArrayList<>();
                for (JsonNode c : array(s, "checks")) {
                    String id = text(c, "id");
                    if (!KNOWN_CHECKS.contains(id)) {
                        throw new RuleSetException("unknown growth check " + id);
                    }
                    checks.add(new StageRule.GrowthCheckRule(id, dec(c, "limit")));
                }
                yield new StageRule.Growth(
                        integer(s, "minValidPaidOrders"),
                        dec(s, "score"),
                        dec(s, "failedScore"),
                        bool(s, "personalHasNoScore"),
                        checks);
            }
            default -> throw new RuleSetException("unknown stage kind " + kind);
        };
    }

    private static FloorRule floor(JsonNode f, Set<String> indicators) {
        Set<ShopType> types = EnumSet.noneOf(ShopType.class);
        for (JsonNode t : array(f, "smallShopTypes")) {
            types.add(Coded.parse(ShopType.class, t.asString())
                    .orElseThrow(() -> new RuleSetException("unknown shop type " + t.asString())));
        }
        List<String> floored = new ArrayList<>();
        for (JsonNode i : array(f, "indicators")) {
            floored.add(i.asString());
        }
        Set<String> industries = new HashSet<>();
        if (f.hasNonNull("smallIndustriesFile")) {
            industries.addAll(list(text(f, "smallIndustriesFile")));
        }
        if (f.hasNonNull("smallIndustries")) {
            for (JsonNode i : array(f, "smallIndustries")) {
                industries.add(i.asString().strip());
            }
        }
        return new FloorRule(
                dec(f, "score"),
                integer(f, "maxBadCount"),
                integer(f, "smallThreshold"),
                integer(f, "threshold"),
                types,
                industries,
                floored);
    }

    private static GateRule gate(JsonNode g) {
        return new GateRule(dec(g, "minTotal"), dec(g, "rateAbove"), dec(g, "points"), integer(g, "windowDays"));
    }

    private static List<BonusRule> bonuses(List<JsonNode> nodes, List<DimensionSpec> dimensions) {
        List<BonusRule> bonuses = new ArrayList<>();
        for (JsonNode b : nodes) {
            String id = text(b, "id");
            if (!KNOWN_BONUSES.contains(id)) {
                throw new RuleSetException("unknown bonus " + id);
            }
            String dimension = b.hasNonNull("dimension") ? text(b, "dimension") : null;
            if (dimension != null && dimensions.stream().noneMatch(d -> d.id().equals(dimension))) {
                throw new RuleSetException("bonus " + id + " goes to unknown dimension " + dimension);
            }
            bonuses.add(new BonusRule(
                    id,
                    dec(b, "points"),
                    dimension,
                    b.hasNonNull("dimensionCap") ? dec(b, "dimensionCap") : null,
                    b.hasNonNull("minOrders") ? b.get("minOrders").asLong() : 0,
                    b.hasNonNull("minShare") ? dec(b, "minShare") : null));
        }
        return bonuses;
    }

    private static List<DeductionRule> deductions(JsonNode d) {
        List<DeductionRule> rules = new ArrayList<>();
        Map<String, BigDecimal> caps = caps(d);
        Set<ViolationKind> seen = EnumSet.noneOf(ViolationKind.class);
        for (JsonNode k : array(d, "kinds")) {
            ViolationKind kind = Coded.parse(ViolationKind.class, text(k, "kind"))
                    .orElseThrow(() -> new RuleSetException("unknown violation kind " + k.get("kind")));
            if (!seen.add(kind)) {
                throw new RuleSetException("deduction for " + kind.code() + " appears twice");
            }
            String cap = k.hasNonNull("cap") ? text(k, "cap") : null;
            if (cap != null && !caps.containsKey(cap)) {
                throw new RuleSetException("unknown deduction cap " + cap);
            }
            rules.add(new DeductionRule(kind, dec(k, "points"), cap));
        }
        return rules;
    }

    private static Map<String, BigDecimal> caps(JsonNode d) {
        Map<String, BigDecimal> caps = new LinkedHashMap<>();
        JsonNode c = d.get("caps");
        if (c != null && c.isObject()) {
            for (Map.Entry<String, JsonNode> e : c.properties()) {
                if (!e.getValue().isNull()) {
                    caps.put(e.getKey(), e.getValue().decimalValue());
                }
            }
        }
        return caps;
    }

    private static DisplayRule display(JsonNode d) {
        if (d.path("sameAsTotal").asBoolean(false)) {
            return new DisplayRule(true, List.of(), BigDecimal.ZERO);
        }
        List<DisplayRule.Band> bands = new ArrayList<>();
        for (JsonNode b : array(d, "bands")) {
            bands.add(new DisplayRule.Band(dec(b, "min"), dec(b, "shown")));
        }
        return new DisplayRule(false, bands, dec(d, "otherwise"));
    }

    private static StarRule stars(JsonNode s) {
        List<StarRule.Threshold> thresholds = new ArrayList<>();
        for (JsonNode t : array(s, "thresholds")) {
            thresholds.add(new StarRule.Threshold(dec(t, "min"), dec(t, "stars")));
        }
        return new StarRule(thresholds, dec(s, "otherwise"));
    }

    private static ConsequenceRule consequences(JsonNode c) {
        ConsequenceRule.Settlement settlement = null;
        if (c.hasNonNull("settlement")) {
            JsonNode s = c.get("settlement");
            settlement =
                    new ConsequenceRule.Settlement(dec(s, "minTotal"), integer(s, "days"), integer(s, "otherwiseDays"));
        }
        List<ConsequenceRule.Band> bands = new ArrayList<>();
        if (c.hasNonNull("bands")) {
            for (JsonNode b : array(c, "bands")) {
                bands.add(new ConsequenceRule.Band(
                        text(b, "name"),
                        b.hasNonNull("above") ? dec(b, "above") : null,
                        b.hasNonNull("min") ? dec(b, "min") : null));
            }
        }
        List<ConsequenceRule.Program> programs = new ArrayList<>();
        if (c.hasNonNull("programs")) {
            for (JsonNode p : array(c, "programs")) {
                programs.add(program(text(p, "id"), p));
            }
        }
        return new ConsequenceRule(
                program("alliance", req(c, "alliance")),
                c.hasNonNull("mayEndCooperationBelow") ? dec(c, "mayEndCooperationBelow") : null,
                settlement,
                bands,
                c.hasNonNull("otherwiseBand") ? text(c, "otherwiseBand") : null,
                programs);
    }

    private static ConsequenceRule.Program program(String id, JsonNode p) {
        Map<String, BigDecimal> dims = new LinkedHashMap<>();
        if (p.hasNonNull("minDimensions")) {
            for (Map.Entry<String, JsonNode> e : p.get("minDimensions").properties()) {
                dims.put(e.getKey(), e.getValue().decimalValue());
            }
        }
        return new ConsequenceRule.Program(id, dec(p, "minTotal"), dims);
    }

    private static WorkItemRules workItems(JsonNode w) {
        Map<String, Long> hours = new LinkedHashMap<>();
        if (w.hasNonNull("pickupHoursByIndustry")) {
            for (Map.Entry<String, JsonNode> e : w.get("pickupHoursByIndustry").properties()) {
                hours.put(e.getKey(), e.getValue().asLong());
            }
        }
        return new WorkItemRules(
                req(w, "imDueSeconds").asLong(),
                req(w, "afterSaleResponseHours").asLong(),
                req(w, "courierLeadMinutes").asLong(),
                integer(w, "appealWindowDays"),
                integer(w, "pickupDeadlineDays"),
                hours,
                Coded.parse(EscalationKind.class, text(w, "escalationKind"))
                        .orElseThrow(() -> new RuleSetException("unknown escalation kind")),
                integer(w, "forecastDays"));
    }

    static WeightTable.Rows table(String file) {
        return TABLES.computeIfAbsent(file, f -> WeightTable.Rows.read(resource(f), f));
    }

    static Set<String> list(String file) {
        return LISTS.computeIfAbsent(file, f -> {
            try (InputStream in = resource(f)) {
                Set<String> lines = new HashSet<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .replace("\uFEFF", "")
                        .split("\\R")) {
                    if (!line.isBlank()) {
                        lines.add(line.strip());
                    }
                }
                return Set.copyOf(lines);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static InputStream resource(String name) {
        if (name.contains("/") || name.contains("\\")) {
            throw new RuleSetException("resource names are plain file names: " + name);
        }
        InputStream in = RuleSetParser.class.getResourceAsStream(name);
        if (in == null) {
            throw new RuleSetException("no resource " + name);
        }
        return in;
    }

    private static OrderFlag orderFlag(String code) {
        for (OrderFlag f : OrderFlag.values()) {
            if (f.column().equals(code) || f.name().toLowerCase(Locale.ROOT).equals(code)) {
                return f;
            }
        }
        throw new RuleSetException("unknown order flag " + code);
    }

    private static JsonNode req(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new RuleSetException("missing " + field);
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = req(node, field);
        if (!value.isString()) {
            throw new RuleSetException(field + " must be a string");
        }
        return value.asString();
    }

    private static BigDecimal dec(JsonNode node, String field) {
        JsonNode value = req(node, field);
        if (!value.isNumber()) {
            throw new RuleSetException(field + " must be a number");
        }
        return value.decimalValue();
    }

    private static int integer(JsonNode node, String field) {
        JsonNode value = req(node, field);
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new RuleSetException(field + " must be an integer");
        }
        return value.asInt();
    }

    private static boolean bool(JsonNode node, String field) {
        JsonNode value = req(node, field);
        if (!value.isBoolean()) {
            throw new RuleSetException(field + " must be true or false");
        }
        return value.asBoolean();
    }

    private static LocalTime time(JsonNode node, String field) {
        try {
            return LocalTime.parse(text(node, field));
        } catch (DateTimeParseException e) {
            throw new RuleSetException(field + " must be a time of day HH:MM:SS");
        }
    }

    private static List<JsonNode> array(JsonNode node, String field) {
        JsonNode value = req(node, field);
        if (!value.isArray()) {
            throw new RuleSetException(field + " must be an array");
        }
        List<JsonNode> list = new ArrayList<>();
        value.forEach(list::add);
        return list;
    }
}
