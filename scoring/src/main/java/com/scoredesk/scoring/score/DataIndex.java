package com.scoredesk.scoring.score;

import com.scoredesk.scoring.model.AppealStatus;
import com.scoredesk.scoring.model.ImRound;
import com.scoredesk.scoring.model.ImSession;
import com.scoredesk.scoring.model.Order;
import com.scoredesk.scoring.model.Province;
import com.scoredesk.scoring.model.Review;
import com.scoredesk.scoring.model.ShopData;
import com.scoredesk.scoring.model.Timestamps;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Facts of a shop's data that do not depend on the scored day, built once per {@link ShopData} and cached with it:
 * the fields the row pass reads, as columns (primitive arrays indexed by order, session and round, so that scanning
 * millions of rows reads memory in sequence), the first review of each order (earliest {@code created_at}, ties by
 * the smaller {@code review_id}) and the first round of each session (earliest {@code buyer_message_at}). Whether
 * they are visible is decided per pass: the first review visible before a cut-off is the first review overall, if
 * that one is visible.
 */
final class DataIndex {

    private static final Object KEY = new Object();

    /** Bit of {@link #firstReviewRating} set when the review's appeal was approved. */
    static final int APPROVED = 0x40;

    final int orders;
    final long[] paid;
    final long[] picked;
    final long[] signed;
    final long[] due;
    final long[] amount;
    final int[] flags;
    /** Province ordinal + 1, 0 when unknown. */
    final byte[] from;

    final byte[] to;

    /** Index in reviews of each order's first review, -1 when none. */
    final int[] firstReview;

    /** Creation time of each order's first review, {@link Timestamps#NONE} when none. */
    final long[] firstReviewAt;

    /** Product rating (0 when none) of each order's first review, with {@link #APPROVED}. */
    final byte[] firstReviewRating;

    /** Index in rounds of each session's first round, -1 when none. */
    final int[] firstRound;

    final long[] sessionStarted;
    final int[] sessionOrder;
    final boolean[] sessionHuman;
    final byte[] sessionRating;
    final int[] roundSession;
    final long[] roundMessage;
    final long[] roundReply;

    private DataIndex(ShopData data) {
        List<Order> list = data.orders();
        orders = list.size();
        paid = new long[orders];
        picked = new long[orders];
        signed = new long[orders];
        due = new long[orders];
        amount = new long[orders];
        flags = new int[orders];
        from = new byte[orders];
        to = new byte[orders];
        for (int i = 0; i < orders; i++) {
            Order o = list.get(i);
            paid[i] = o.paidAt();
            picked[i] = o.pickedUpAt();
            signed[i] = o.signedAt();
            due[i] = o.deliveryDueAt();
            amount[i] = o.amountPaidFen();
            flags[i] = o.flags();
            from[i] = code(o.shipFrom());
            to[i] = code(o.shipTo());
        }
        List<Review> reviews = data.reviews();
        firstReview = new int[orders];
        Arrays.fill(firstReview, -1);
        for (int r = 0; r < reviews.size(); r++) {
            Review review = reviews.get(r);
            int o = review.order();
            int current = firstReview[o];
            if (current < 0 || earlier(review, reviews.get(current))) {
                firstReview[o] = r;
            }
        }
        firstReviewAt = new long[orders];
        firstReviewRating = new byte[orders];
        for (int i = 0; i < orders; i++) {
            int r = firstReview[i];
            if (r < 0) {
                firstReviewAt[i] = Timestamps.NONE;
            } else {
                Review review = reviews.get(r);
                firstReviewAt[i] = review.createdAt();
                firstReviewRating[i] = (byte)
                        (review.productRating() | (review.appealStatus() == AppealStatus.APPROVED ? APPROVED : 0));
            }
        }
        List<ImSession> sessions = data.sessions();
        int m = sessions.size();
        sessionStarted = new long[m];
        sessionOrder = new int[m];
        sessionHuman = new boolean[m];
        sessionRating = new byte[m];
        for (int s = 0; s < m; s++) {
            ImSession session = sessions.get(s);
            sessionStarted[s] = session.startedAt();
            sessionOrder[s] = session.order();
            sessionHuman[s] = session.human();
            sessionRating[s] = (byte) session.rating();
        }
        List<ImRound> rounds = data.rounds();
        roundSession = new int[rounds.size()];
        roundMessage = new long[rounds.size()];
        roundReply = new long[rounds.size()];
        firstRound = new int[m];
        Arrays.fill(firstRound, -1);
        for (int r = 0; r < rounds.size(); r++) {
            ImRound round = rounds.get(r);
            int s = round.session();
            roundSession[r] = s;
            roundMessage[r] = round.buyerMessageAt();
            roundReply[r] = round.humanReplyAt();
            int current = firstRound[s];
            if (current < 0 || round.buyerMessageAt() < roundMessage[current]) {
                firstRound[s] = r;
            }
        }
    }

    private static byte code(@Nullable Province p) {
        return (byte) (p == null ? 0 : p.ordinal() + 1);
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
