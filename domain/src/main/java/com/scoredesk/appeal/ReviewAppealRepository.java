package com.scoredesk.appeal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewAppealRepository extends JpaRepository<ReviewAppeal, Long> {

    Optional<ReviewAppeal> findByShopIdAndReviewId(long shopId, String reviewId);
}
