package com.scoredesk.kpi;

import com.scoredesk.score.RuleSets;
import com.scoredesk.scoring.rules.RuleSet;
import com.scoredesk.user.CurrentUser;
import com.scoredesk.user.Role;
import com.scoredesk.user.ShopScope;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency view (代运营): every shop of the user with its latest recorded score, sorted by risk in the database
 * and read page by page. Margins and changes are divided by each rule set's scale, so 5-point and 100-point shops
 * sort together.
 */
@Service
@Transactional(readOnly = true)
public class AgencyService {

    private static final String FROM =
            """
            FROM shop s
            LEFT JOIN score_history h ON h.shop_id = s.id
              AND h.as_of = (SELECT MAX(x.as_of) FROM score_history x WHERE x.shop_id = s.id)
            LEFT JOIN score_history p ON p.shop_id = s.id
              AND p.as_of = (SELECT MAX(y.as_of) FROM score_history y WHERE y.shop_id = s.id AND y.as_of < h.as_of)
            LEFT JOIN score_history_dimension d ON d.history_id = h.id AND d.dimension = 'product'
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final RuleSets ruleSets;
    private final CurrentUser currentUser;

    AgencyService(DataSource dataSource, RuleSets ruleSets, CurrentUser currentUser) {
        this.jdbc = new NamedParameterJdbcTemplate(new JdbcTemplate(dataSource));
        this.ruleSets = ruleSets;
        this.currentUser = currentUser;
    }

    public long count() {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String scope = scope(params);
        if (scope == null) {
            return 0;
        }
        return jdbc.queryForObject("SELECT COUNT(*) FROM shop s WHERE " + scope, params, Long.class);
    }

    /** Shops {@code offset} … {@code offset + limit - 1} of the user's, in {@code sort} order. */
    public List<AgencyRow> page(AgencySort sort, int offset, int limit) {
        MapSqlParameterSource params =
                new MapSqlParameterSource().addValue("offset", offset).addValue("limit", limit);
        String scope = scope(params);
        if (scope == null) {
            return List.of();
        }
        String margin = perRuleSet("(h.total - %s) / %s", params, "m");
        String change = "CASE WHEN p.rule_set = h.rule_set THEN "
                + perRuleSet("(h.total - p.total) / %2$s", params, "c") + " END";
        String order =
                switch (sort) {
                    case RISK -> "CASE WHEN h.total IS NULL THEN 0 ELSE 1 END, " + margin + ", " + change + ", s.name";
                    case LOWEST_SCORE ->
                        "CASE WHEN h.total IS NULL THEN 0 ELSE 1 END, "
                                + perRuleSet("(h.total - %3$s) / %2$s", params, "l") + ", s.name";
                    case BIGGEST_DROP -> "CASE WHEN " + change + " IS NULL THEN 1 ELSE 0 END, " + change + ", s.name";
                    case CLOSEST_THRESHOLD ->
                        "CASE WHEN h.total IS NULL THEN 1 ELSE 0 END, ABS(" + margin + "), s.name";
                    case NAME -> "s.name";
                };
        return jdbc.query(
                "SELECT s.id, s.name, s.industry, h.as_of, h.rule_set, h.stage, h.total, h.shown, p.rule_set, p.total,"
                        + " d.dimension_score " + FROM + " WHERE " + scope + " ORDER BY " + order
                        + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY",
                params,
                (rs, n) -> row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getDate(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getBigDecimal(7),
                        rs.getBigDecimal(8),
                        rs.getString(9),
                        rs.getBigDecimal(10),
                        rs.getBigDecimal(11)));
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private AgencyRow row(
            long id,
            String name,
            String industry,
            java.sql.@Nullable Date asOf,
            @Nullable String ruleSet,
            @Nullable String stage,
            @Nullable BigDecimal total,
            @Nullable BigDecimal shown,
            @Nullable String previousRuleSet,
            @Nullable BigDecimal previousTotal,
            @Nullable BigDecimal productScore) {
        RuleSet rules =
                ruleSet == null ? null : ruleSets.registry().byId(ruleSet).orElse(null);
        BigDecimal margin = null;
        Boolean alliance = null;
        if (rules != null && total != null && "formal".equals(stage)) {
            BigDecimal min = rules.consequences().alliance().minTotal();
            margin = total.subtract(min);
            BigDecimal productMin =
                    rules.consequences().alliance().minDimensions().get("product");
            alliance = margin.signum() >= 0
                    && (productMin == null || (productScore != null && productScore.compareTo(productMin) >= 0));
        }
        BigDecimal change = total != null && previousTotal != null && ruleSet.equals(previousRuleSet)
                ? total.subtract(previousTotal)
                : null;
        return new AgencyRow(
                id,
                name,
                industry,
                asOf == null ? null : asOf.toLocalDate(),
                ruleSet,
                stage,
                total,
                shown,
                change,
                margin,
                alliance);
    }

    /**
     * A CASE over the rule sets of {@code h.rule_set}: {@code template} with %1$s the 精选联盟 threshold, %2$s the
     * scale's span and %3$s its minimum, bound as parameters.
     */
    private String perRuleSet(String template, MapSqlParameterSource params, String prefix) {
        StringBuilder sql = new StringBuilder("CASE h.rule_set");
        List<RuleSet> all = new ArrayList<>(ruleSets.registry().ruleSets());
        for (int i = 0; i < all.size(); i++) {
            RuleSet rules = all.get(i);
            String key = prefix + i;
            params.addValue(key + "id", rules.id());
            params.addValue(key + "min", rules.consequences().alliance().minTotal());
            params.addValue(
                    key + "span",
                    rules.scale().max().subtract(rules.scale().min()).setScale(4, RoundingMode.HALF_UP));
            params.addValue(key + "low", rules.scale().min());
            sql.append(" WHEN :")
                    .append(key)
                    .append("id THEN ")
                    .append(String.format(template, ":" + key + "min", ":" + key + "span", ":" + key + "low"));
        }
        return sql.append(" END").toString();
    }

    /** The user's shops as a condition on {@code s}, {@code null} when the user has none. */
    private @Nullable String scope(MapSqlParameterSource params) {
        currentUser.requireRole(Role.SUPERVISOR, Role.ADMIN);
        ShopScope scope = currentUser.shopScope();
        if (scope.all()) {
            return "1 = 1";
        }
        if (scope.shopIds().isEmpty()) {
            return null;
        }
        params.addValue("shops", scope.shopIds());
        return "s.id IN (:shops)";
    }
}
