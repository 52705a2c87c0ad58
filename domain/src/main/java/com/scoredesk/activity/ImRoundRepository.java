package com.scoredesk.activity;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ImRoundRepository extends JpaRepository<ImRound, Long> {

    long countByShopId(long shopId);

    /** Rounds whose buyer has been waiting since [since, now) without a human reply, longest wait first. */
    @Query(
            """
            select r from ImRound r join fetch r.session s
            where r.shopId = :shopId and r.humanReplyAt is null
              and r.buyerMessageAt >= :since and r.buyerMessageAt < :now
            order by r.buyerMessageAt, s.sessionId""")
    List<ImRound> findUnanswered(long shopId, Instant since, Instant now);
}
