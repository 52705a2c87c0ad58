package com.scoredesk.kpi;

import com.scoredesk.score.RuleSets;
import com.scoredesk.score.ShopScoreService;
import com.scoredesk.scoring.rules.RuleSet;
import com.scoredesk.shop.ShopProfile;
import com.scoredesk.shop.ShopProfiles;
import com.scoredesk.user.CurrentUser;
import com.scoredesk.user.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The drill-down of today's score: the orders, reviews, after-sales, chat sessions and rounds, or waybills behind
 * one indicator, read page by page from the database (the bad items of a rate, the misses of a good-items rate, every
 * item of an average worst first).
 */
@Service
@Transactional(readOnly = true)
public class IndicatorRowsService {

    private final NamedParameterJdbcTemplate jdbc;
    private final SqlDialect dialect;
    private final ShopScoreService scores;
    private final ShopProfiles shops;
    private final RuleSets ruleSets;
    private final CurrentUser currentUser;

    IndicatorRowsService(
            DataSource dataSource,
            ShopScoreService scores,
            ShopProfiles shops,
            RuleSets ruleSets,
            CurrentUser currentUser) {
        this.jdbc = new NamedParameterJdbcTemplate(new JdbcTemplate(dataSource));
        this.dialect = SqlDialect.of(dataSource);
        this.scores = scores;
        this.shops = shops;
        this.ruleSets = ruleSets;
        this.currentUser = currentUser;
    }

    /** What the drill-down of {@code indicator} lists, empty when it has none. */
    public Optional<IndicatorRows> describe(long shopId, String indicator) {
        requireAccess(shopId);
        LocalDate today = scores.today();
        if ("delivery_on_time_rate".equals(indicator)) {
            return rules(shopId, today).hasIndicator(indicator)
                    ? Optional.of(MissedDeliveries.rows())
                    : Optional.empty();
        }
        return queries(shopId, today).of(indicator).map(RowQuery::rows);
    }

    public long count(long shopId, String indicator) {
        requireAccess(shopId);
        LocalDate today = scores.today();
        if ("delivery_on_time_rate".equals(indicator)) {
            return MissedDeliveries.find(jdbc, rules(shopId, today), shopId, today)
                    .size();
        }
        return queries(shopId, today)
                .of(indicator)
                .map(query -> jdbc.queryForObject("SELECT COUNT(*) " + query.body(), query.params(), Long.class))
                .orElse(0L);
    }

    /** Rows {@code offset} … {@code offset + limit - 1} of the drill-down, worst first. */
    public List<IndicatorRow> page(long shopId, String indicator, int offset, int limit) {
        requireAccess(shopId);
        LocalDate today = scores.today();
        if ("delivery_on_time_rate".equals(indicator)) {
            List<IndicatorRow> missed = MissedDeliveries.find(jdbc, rules(shopId, today), shopId, today);
            return missed.subList(Math.min(offset, missed.size()), Math.min(offset + limit, missed.size()));
        }
        return queries(shopId, today)
                .of(indicator)
                .map(query -> jdbc.query(
                        "SELECT " + query.columns() + " " + query.body() + " ORDER BY " + query.orderBy()
                                + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY",
                        new MapSqlParameterSource(query.params().getValues())
                                .addValue("offset", offset)
                                .addValue("limit", limit),
                        query.mapper()))
                .orElse(List.of());
    }

    private IndicatorRowQueries queries(long shopId, LocalDate today) {
        return new IndicatorRowQueries(rules(shopId, today), dialect, shopId, today);
    }

    private RuleSet rules(long shopId, LocalDate today) {
        ShopProfile profile = shops.profileUnchecked(shopId);
        return ruleSets.registry().resolve(today, profile.pinnedRuleSet(), ShopDashboardService.scoringShop(profile));
    }

    private void requireAccess(long shopId) {
        currentUser.requireRole(Role.SUPERVISOR, Role.ADMIN);
        currentUser.requireShop(shopId);
    }
}
