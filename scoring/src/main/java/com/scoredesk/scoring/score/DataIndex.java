package com.scoredesk.scoring.score;

import com.scoredesk.scoring.model.ImRound;
import com.scoredesk.scoring.model.Review;
import com.scoredesk.scoring.model.ShopData;
import java.util.Arrays;
import java.util.List;

/**
 * Facts of a shop's data that do not depend on the scored day, built once per {@link ShopData}: the first
 * review of each order (earliest {@code created_at}, ties by the smaller {@code review_id}) and the first round
 * of each session (earliest {@code buyer_message_at}). Whether they are visible is decided per pass: the first
 * review visible before a cut-off is the first review overall, if that one is visible.
 */
final class DataIndex {

    private static final Object KEY = new Object();

    /** Index in reviews of each order's first review, -1 when none. */
    final int[] firstReview;

    /** Index in rounds of each session's first round, -1 when none. */
    final int[] firstRound;

    private DataIndex(ShopData data) {
        List<Review> reviews = data.reviews();
        firstReview = new int[data.orders().size()];
        Arrays.fill(firstReview, -1);
        for (int r = 0; r < reviews.size(); r++) {
            Review review = reviews.get(r);
            int o = review.order();
            int current = firstReview[o];
            if (current < 0 || earlier(review, reviews.get(current))) {
                firstReview[o] = r;
            }
        }
        List<ImRound> rounds = data.rounds();
        firstRound = new int[data.sessions().size()];
        Arrays.fill(firstRound, -1);
        for (int r = 0; r < rounds.size(); r++) {
            ImRound round = rounds.get(r);
            int s = round.session();
            int current = firstRound[s];
            if (current < 0 || round.buyerMessageAt() < rounds.get(current).buyerMessageAt()) {
                firstRound[s] = r;
            }
        }
    }

    private static boolean earlier(Review a, Review b) {
        if (a.createdAt() != b.createdAt()) {
            return a.createdAt() < b.createdAt();
        }
        return a.reviewId().compareTo(b.reviewId()) < 0;
    }

    static DataIndex of(ShopData data) {
        return data.derived(KEY, DataIndex::new);
    }
}
