package com.scoredesk.appeal;

import com.scoredesk.scoring.model.AppealStatus;
import com.scoredesk.scoring.model.LogisticsAnomaly;
import com.scoredesk.scoring.model.LogisticsNode;
import com.scoredesk.scoring.model.ReasonCategory;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The appeal feature's reads: bad reviews with their orders and appeals, the evidence rows of a page of orders, and
 * the statistics, each a paged or grouped query. Reviews, orders, traces and after-sales belong to the activity
 * feature; they are read here by JPQL into this package's records, never changed (the appeal status of a review is
 * changed through the review entity's own method, in {@link AppealService}).
 */
@Repository
class AppealQueries {

    private static final String REVIEW_COLUMNS =
            """
            select r.id, r.reviewId, r.orderId, r.createdAt, r.productRating, r.text, r.hasImages, r.appealStatus,
                   o.buyerNickname, o.productName, o.courier, o.waybillNo, o.shipFromProvince, o.shipToProvince,
                   o.paidAt, o.pickedUpAt, o.deliveryDueAt, o.signedAt, o.traceCompensation,
                   a.id, a.version
            from Review r
              left join ShopOrder o on o.shopId = r.shopId and o.orderId = r.orderId
              left join ReviewAppeal a on a.shopId = r.shopId and a.reviewId = r.reviewId""";

    /** The review is the first of its order: the earliest, ties broken by the smaller review id (spec 5). */
    private static final String FIRST_REVIEW = " "
            + """
             and not exists (select f.id from Review f where f.shopId = r.shopId and f.orderId = r.orderId
                and f.createdAt is not null
                and (f.createdAt < r.createdAt or (f.createdAt = r.createdAt and f.reviewId < r.reviewId)))""";

    private static final String APPEALABLE = " "
            + """
             where r.shopId = :shopId and r.productRating >= 1 and r.productRating <= :maxStars
               and r.createdAt > :windowStart and r.createdAt <= :now
               and r.appealStatus in (:openStatuses)
               and (a.id is null or a.status = :draft)"""
            + FIRST_REVIEW;

    private final EntityManager em;

    AppealQueries(EntityManager em) {
        this.em = em;
    }

    List<ReviewFacts> appealable(long shopId, int maxStars, Instant windowStart, Instant now, int offset, int limit) {
        TypedQuery<Object[]> query =
                em.createQuery(REVIEW_COLUMNS + APPEALABLE + " order by r.createdAt, r.reviewId", Object[].class);
        bindAppealable(query::setParameter, shopId, maxStars, windowStart, now);
        return query.setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, limit)).getResultList().stream()
                .map(AppealQueries::reviewFacts)
                .toList();
    }

    long countAppealable(long shopId, int maxStars, Instant windowStart, Instant now) {
        TypedQuery<Long> query = em.createQuery(
                """
                select count(r) from Review r
                  left join ReviewAppeal a on a.shopId = r.shopId and a.reviewId = r.reviewId"""
                        + APPEALABLE,
                Long.class);
        bindAppealable(query::setParameter, shopId, maxStars, windowStart, now);
        return query.getSingleResult();
    }

    /** Whether the review is one of the shop's appealable reviews (rating, window, first review, not appealed). */
    boolean isAppealable(long shopId, String reviewId, int maxStars, Instant windowStart, Instant now) {
        TypedQuery<Long> query = em.createQuery(
                """
                select count(r) from Review r
                  left join ReviewAppeal a on a.shopId = r.shopId and a.reviewId = r.reviewId"""
                        + APPEALABLE
                        + " and r.reviewId = :reviewId",
                Long.class);
        bindAppealable(query::setParameter, shopId, maxStars, windowStart, now);
        query.setParameter("reviewId", reviewId);
        return query.getSingleResult() > 0;
    }

    private static void bindAppealable(Binder query, long shopId, int maxStars, Instant windowStart, Instant now) {
        query.bind("shopId", shopId);
        query.bind("maxStars", maxStars);
        query.bind("windowStart", windowStart);
        query.bind("now", now);
        query.bind("openStatuses", List.of(AppealStatus.NONE, AppealStatus.DRAFT));
        query.bind("draft", ReviewAppeal.Status.DRAFT);
    }

    /** One review of the shop, whatever its rating, window or appeal. */
    @Nullable
    ReviewFacts review(long shopId, String reviewId) {
        return em
                .createQuery(REVIEW_COLUMNS + " where r.shopId = :shopId and r.reviewId = :reviewId", Object[].class)
                .setParameter("shopId", shopId)
                .setParameter("reviewId", reviewId)
                .getResultList()
                .stream()
                .findFirst()
                .map(AppealQueries::reviewFacts)
                .orElse(null);
    }

    private static ReviewFacts reviewFacts(Object[] row) {
        return new ReviewFacts(
                (Long) row[0],
                (String) row[1],
                (String) row[2],
                (Instant) row[3],
                row[4] == null ? 0 : (Integer) row[4],
                (String) row[5],
                Boolean.TRUE.equals(row[6]),
                (AppealStatus) row[7],
                (String) row[8],
                (String) row[9],
                (String) row[10],
                (String) row[11],
                (String) row[12],
                (String) row[13],
                (Instant) row[14],
                (Instant) row[15],
                (Instant) row[16],
                (Instant) row[17],
                Boolean.TRUE.equals(row[18]),
                (Long) row[19],
                row[20] == null ? 0 : (Long) row[20]);
    }

    /** The anomaly nodes of the traces of {@code orderIds}, in time order. */
    Map<String, List<AnomalyNode>> anomalies(long shopId, Collection<String> orderIds) {
        Map<String, List<AnomalyNode>> byOrder = new HashMap<>();
        if (orderIds.isEmpty()) {
            return byOrder;
        }
        em.createQuery(
                        """
                        select e.orderId, e.occurredAt, e.node, e.anomaly, e.description from LogisticsEvent e
                        where e.shopId = :shopId and e.orderId in (:orderIds) and e.anomaly is not null
                        order by e.occurredAt""",
                        Object[].class)
                .setParameter("shopId", shopId)
                .setParameter("orderIds", orderIds)
                .getResultList()
                .forEach(row -> byOrder.computeIfAbsent((String) row[0], k -> new java.util.ArrayList<>())
                        .add(new AnomalyNode(
                                (Instant) row[1], (LogisticsNode) row[2], (LogisticsAnomaly) row[3], (String) row[4])));
        return byOrder;
    }

    /** What buyers of {@code orderIds} wrote in after-sale requests whose first reason is in {@code categories}. */
    Map<String, List<BuyerStatement>> buyerStatements(
            long shopId, Collection<String> orderIds, Set<ReasonCategory> categories) {
        Map<String, List<BuyerStatement>> byOrder = new HashMap<>();
        if (orderIds.isEmpty()) {
            return byOrder;
        }
        em.createQuery(
                        """
                        select a.orderId, a.appliedAt, a.firstReasonCategory, a.reasonText from AfterSale a
                        where a.shopId = :shopId and a.orderId in (:orderIds) and a.reasonText is not null
                          and a.firstReasonCategory in (:categories)
                        order by a.appliedAt""",
                        Object[].class)
                .setParameter("shopId", shopId)
                .setParameter("orderIds", orderIds)
                .setParameter("categories", categories)
                .getResultList()
                .forEach(row -> byOrder.computeIfAbsent((String) row[0], k -> new java.util.ArrayList<>())
                        .add(new BuyerStatement((Instant) row[1], (ReasonCategory) row[2], (String) row[3])));
        return byOrder;
    }

    /** Appeals of the shop, latest change first, optionally of one status. */
    List<ReviewAppeal> appeals(long shopId, ReviewAppeal.@Nullable Status status, int offset, int limit) {
        TypedQuery<ReviewAppeal> query = em.createQuery(
                "select a from ReviewAppeal a where a.shopId = :shopId"
                        + (status == null ? "" : " and a.status = :status")
                        + " order by a.updatedAt desc, a.id desc",
                ReviewAppeal.class);
        query.setParameter("shopId", shopId);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.max(1, limit))
                .getResultList();
    }

    long countAppeals(long shopId, ReviewAppeal.@Nullable Status status) {
        TypedQuery<Long> query = em.createQuery(
                "select count(a) from ReviewAppeal a where a.shopId = :shopId"
                        + (status == null ? "" : " and a.status = :status"),
                Long.class);
        query.setParameter("shopId", shopId);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getSingleResult();
    }

    /** Filed, approved and rejected appeals submitted in [from, to], grouped by {@code group} (reason or agent). */
    List<Object[]> outcomesBy(String group, long shopId, LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select a." + group + ", count(a), "
                                + "sum(case when a.status = :approved then 1 else 0 end), "
                                + "sum(case when a.status = :rejected then 1 else 0 end) "
                                + "from ReviewAppeal a where a.shopId = :shopId and a.submittedOn >= :from "
                                + "and a.submittedOn <= :to group by a." + group,
                        Object[].class)
                .setParameter("approved", ReviewAppeal.Status.APPROVED)
                .setParameter("rejected", ReviewAppeal.Status.REJECTED)
                .setParameter("shopId", shopId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** Approved and rejected appeals per decision day in [from, to]. */
    List<Object[]> decisionsByDay(long shopId, LocalDate from, LocalDate to) {
        return em.createQuery(
                        """
                        select a.decidedOn, sum(case when a.status = :approved then 1 else 0 end),
                               sum(case when a.status = :rejected then 1 else 0 end)
                        from ReviewAppeal a where a.shopId = :shopId and a.decidedOn >= :from and a.decidedOn <= :to
                        group by a.decidedOn order by a.decidedOn""",
                        Object[].class)
                .setParameter("approved", ReviewAppeal.Status.APPROVED)
                .setParameter("rejected", ReviewAppeal.Status.REJECTED)
                .setParameter("shopId", shopId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** Display names of users by id; unknown ids are left out. */
    Map<Long, String> userNames(Collection<Long> userIds) {
        Map<Long, String> names = new HashMap<>();
        if (userIds.isEmpty()) {
            return names;
        }
        em.createQuery("select u.id, u.displayName from AppUser u where u.id in (:ids)", Object[].class)
                .setParameter("ids", userIds)
                .getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    String userName(long userId) {
        return userNames(List.of(userId)).getOrDefault(userId, "#" + userId);
    }

    @FunctionalInterface
    private interface Binder {
        Object bind(String name, Object value);
    }

    /** A review with its order and appeal, as read. */
    record ReviewFacts(
            long reviewRef,
            String reviewId,
            String orderId,
            @Nullable Instant createdAt,
            int productRating,
            @Nullable String text,
            boolean hasImages,
            AppealStatus reviewAppealStatus,
            @Nullable String buyerNickname,
            @Nullable String productName,
            @Nullable String courier,
            @Nullable String waybillNo,
            @Nullable String shipFromProvince,
            @Nullable String shipToProvince,
            @Nullable Instant paidAt,
            @Nullable Instant pickedUpAt,
            @Nullable Instant deliveryDueAt,
            @Nullable Instant signedAt,
            boolean traceCompensation,
            @Nullable Long appealId,
            long appealVersion) {}

    record AnomalyNode(
            Instant occurredAt, LogisticsNode node, LogisticsAnomaly anomaly, @Nullable String description) {}

    record BuyerStatement(@Nullable Instant appliedAt, ReasonCategory category, String text) {}
}
