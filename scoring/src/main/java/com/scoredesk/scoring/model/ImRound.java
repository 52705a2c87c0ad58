package com.scoredesk.scoring.model;

/**
 * One round of a chat ({@code im_rounds.csv}): it starts at the buyer's first message after the last human
 * reply.
 *
 * @param session the index of its session in {@link ShopData#sessions()}
 * @param humanReplyAt the first valid human reply of the round, {@link Timestamps#NONE} when never answered
 */
public record ImRound(int session, long buyerMessageAt, long humanReplyAt) {

    public ImRound {
        if (session < 0) {
            throw new IllegalArgumentException("bad session index " + session);
        }
    }

    public ImRound withHumanReplyAt(long millis) {
        return new ImRound(session, buyerMessageAt, millis);
    }
}
