package com.scoredesk.appeal;

import com.scoredesk.activity.Review;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The reviews an appeal is about. Only their appeal status is changed here, through {@link Review#changeAppeal}, so
 * that the score (which reads the reviews) leaves an approved review out.
 */
interface AppealReviewRepository extends JpaRepository<Review, Long> {

    Optional<Review> findByShopIdAndReviewId(long shopId, String reviewId);
}
