package com.scoredesk.activity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewRepository extends JpaRepository<Review, Long> {

    Optional<Review> findByShopIdAndReviewId(long shopId, String reviewId);

    long countByShopId(long shopId);

    /** Reviews of at most {@code maxStars} product stars created in [since, until), newest first: the appeal worklist. */
    @Query(
            """
            select r from Review r
            where r.shopId = :shopId and r.productRating <= :maxStars
              and r.createdAt >= :since and r.createdAt < :until
            order by r.createdAt desc, r.reviewId""")
    List<Review> findLowRated(long shopId, int maxStars, Instant since, Instant until);
}
