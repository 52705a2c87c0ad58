package com.scoredesk.score;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ScoreHistoryRepository extends JpaRepository<ScoreHistory, Long> {

    Optional<ScoreHistory> findByShopIdAndAsOf(long shopId, LocalDate asOf);

    List<ScoreHistory> findByShopIdAndAsOfBetween(long shopId, LocalDate from, LocalDate to);

    /** The chart of a shop: one point per recorded day in [from, to], oldest first, without the indicator rows. */
    @Query(
            """
            select new com.scoredesk.score.ScorePoint(h.asOf, h.ruleSet, h.stage, h.total, h.shown)
            from ScoreHistory h
            where h.shopId = :shopId and h.asOf >= :from and h.asOf <= :to
            order by h.asOf""")
    List<ScorePoint> findPoints(long shopId, LocalDate from, LocalDate to);

    Optional<ScoreHistory> findFirstByShopIdOrderByAsOfDesc(long shopId);

    long countByShopId(long shopId);
}
