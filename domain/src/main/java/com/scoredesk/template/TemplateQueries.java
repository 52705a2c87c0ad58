package com.scoredesk.template;

import com.scoredesk.scoring.model.AfterSaleType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The template library's paged queries, and the reads of a shop's orders that fill templates. Orders belong to the
 * activity feature; they are read here by JPQL into this package's own records, never changed.
 */
@Repository
class TemplateQueries {

    private final EntityManager em;

    TemplateQueries(EntityManager em) {
        this.em = em;
    }

    /** Templates visible in shop {@code shopId} to user {@code userId}: most used first. */
    List<ReplyTemplate> visible(long shopId, long userId, TemplateFilter filter, int offset, int limit) {
        TypedQuery<ReplyTemplate> query = em.createQuery(
                "select t from ReplyTemplate t" + where(filter) + " order by t.usageCount desc, t.title, t.id",
                ReplyTemplate.class);
        bind(query::setParameter, shopId, userId, filter);
        return query.setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.max(1, limit))
                .getResultList();
    }

    /** The most used visible template of {@code category} with {@code tag} ({@code null}: without a tag). */
    Optional<ReplyTemplate> mostUsed(long shopId, long userId, TemplateCategory category, @Nullable String tag) {
        TypedQuery<ReplyTemplate> query = em.createQuery(
                "select t from ReplyTemplate t"
                        + where(TemplateFilter.of(category))
                        + (tag == null ? " and t.tag is null" : " and t.tag = :tag")
                        + " order by t.usageCount desc, t.title, t.id",
                ReplyTemplate.class);
        bind(query::setParameter, shopId, userId, TemplateFilter.of(category));
        if (tag != null) {
            query.setParameter("tag", tag);
        }
        return query.setMaxResults(1).getResultList().stream().findFirst();
    }

    long countVisible(long shopId, long userId, TemplateFilter filter) {
        TypedQuery<Long> query = em.createQuery("select count(t) from ReplyTemplate t" + where(filter), Long.class);
        bind(query::setParameter, shopId, userId, filter);
        return query.getSingleResult();
    }

    private static String where(TemplateFilter filter) {
        StringBuilder where = new StringBuilder(
                " "
                        + """
                 where (t.scope = com.scoredesk.template.TemplateScope.TEAM
                   or (t.scope = com.scoredesk.template.TemplateScope.SHOP and t.shopId = :shopId)
                   or (t.scope = com.scoredesk.template.TemplateScope.PERSONAL and t.ownerId = :userId))""");
        if (filter.category() != null) {
            where.append(" and t.category = :category");
        }
        if (filter.scope() != null) {
            where.append(" and t.scope = :scope");
        }
        if (!filter.search().isEmpty()) {
            where.append(" and (lower(t.title) like :search escape '\\' or lower(t.body) like :search escape '\\')");
        }
        return where.toString();
    }

    private static void bind(Binder query, long shopId, long userId, TemplateFilter filter) {
        query.bind("shopId", shopId);
        query.bind("userId", userId);
        if (filter.category() != null) {
            query.bind("category", filter.category());
        }
        if (filter.scope() != null) {
            query.bind("scope", filter.scope());
        }
        if (!filter.search().isEmpty()) {
            query.bind("search", "%" + escapeLike(filter.search().toLowerCase(Locale.ROOT)) + "%");
        }
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The order's columns that templates use, if the shop has that order. */
    Optional<OrderFacts> orderFacts(long shopId, String orderId) {
        return em
                .createQuery(
                        """
                        select o.orderId, o.buyerNickname, o.productName, o.sku, o.courier, o.waybillNo,
                               o.promisedShipBy, o.signedAt
                        from ShopOrder o where o.shopId = :shopId and o.orderId = :orderId""",
                        Object[].class)
                .setParameter("shopId", shopId)
                .setParameter("orderId", orderId)
                .getResultList()
                .stream()
                .findFirst()
                .map(row -> new OrderFacts(
                        (String) row[0],
                        (String) row[1],
                        (String) row[2],
                        (String) row[3],
                        (String) row[4],
                        (String) row[5],
                        (Instant) row[6],
                        (Instant) row[7]));
    }

    /** The latest after-sale of the order: its type and refund amount. */
    Optional<LatestAfterSale> latestAfterSale(long shopId, String orderId) {
        List<Object[]> rows = em.createQuery(
                        """
                        select a.type, a.refundAmount from AfterSale a
                        where a.shopId = :shopId and a.orderId = :orderId
                        order by case when a.appliedAt is null then 1 else 0 end, a.appliedAt desc, a.afterSaleId desc""",
                        Object[].class)
                .setParameter("shopId", shopId)
                .setParameter("orderId", orderId)
                .setMaxResults(1)
                .getResultList();
        return rows.stream().findFirst().map(row -> new LatestAfterSale((AfterSaleType) row[0], (BigDecimal) row[1]));
    }

    /** Orders of the shop, newest payment first, whose id or buyer nickname contains {@code search}. */
    List<OrderChoice> orderChoices(long shopId, String search, int offset, int limit) {
        TypedQuery<Object[]> query = em.createQuery(
                """
                select o.orderId, o.buyerNickname, o.productName, o.paidAt from ShopOrder o
                where o.shopId = :shopId and o.paidAt is not null"""
                        + orderSearch(search)
                        + " order by o.paidAt desc, o.orderId",
                Object[].class);
        query.setParameter("shopId", shopId);
        if (!search.isBlank()) {
            query.setParameter("search", "%" + escapeLike(search.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        return query.setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, limit)).getResultList().stream()
                .map(row -> new OrderChoice((String) row[0], (String) row[1], (String) row[2], (Instant) row[3]))
                .toList();
    }

    long countOrderChoices(long shopId, String search) {
        TypedQuery<Long> query = em.createQuery(
                "select count(o) from ShopOrder o where o.shopId = :shopId and o.paidAt is not null"
                        + orderSearch(search),
                Long.class);
        query.setParameter("shopId", shopId);
        if (!search.isBlank()) {
            query.setParameter("search", "%" + escapeLike(search.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        return query.getSingleResult();
    }

    private static String orderSearch(String search) {
        return search.isBlank()
                ? ""
                : " and (lower(o.orderId) like :search escape '\\' or lower(o.buyerNickname) like :search escape '\\')";
    }

    /** Orders signed in [since, until] that have no care message yet, latest signature first. */
    List<CareCandidate> careCandidates(long shopId, Instant since, Instant until, int offset, int limit) {
        return em
                .createQuery(
                        """
                        select o.orderId, o.buyerNickname, o.productName, o.signedAt from ShopOrder o
                        where o.shopId = :shopId and o.signedAt >= :since and o.signedAt <= :until"""
                                + NO_CARE_YET
                                + " order by o.signedAt desc, o.orderId",
                        Object[].class)
                .setParameter("shopId", shopId)
                .setParameter("since", since)
                .setParameter("until", until)
                .setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.max(1, limit))
                .getResultList()
                .stream()
                .map(row -> new CareCandidate((String) row[0], (String) row[1], (String) row[2], (Instant) row[3]))
                .toList();
    }

    long countCareCandidates(long shopId, Instant since, Instant until) {
        return em.createQuery(
                        """
                        select count(o) from ShopOrder o
                        where o.shopId = :shopId and o.signedAt >= :since and o.signedAt <= :until"""
                                + NO_CARE_YET,
                        Long.class)
                .setParameter("shopId", shopId)
                .setParameter("since", since)
                .setParameter("until", until)
                .getSingleResult();
    }

    private static final String NO_CARE_YET =
            " and not exists (select c.id from SignOffCare c where c.shopId = o.shopId and c.orderId = o.orderId)";

    /** The display name of a user, for "sent by". */
    String userName(long userId) {
        return em
                .createQuery("select u.displayName from AppUser u where u.id = :id", String.class)
                .setParameter("id", userId)
                .getResultList()
                .stream()
                .findFirst()
                .orElse("#" + userId);
    }

    @FunctionalInterface
    private interface Binder {
        Object bind(String name, Object value);
    }

    record OrderFacts(
            String orderId,
            @Nullable String buyerNickname,
            @Nullable String productName,
            @Nullable String sku,
            @Nullable String courier,
            @Nullable String waybillNo,
            @Nullable Instant promisedShipBy,
            @Nullable Instant signedAt) {}

    record LatestAfterSale(AfterSaleType type, @Nullable BigDecimal refundAmount) {}
}
