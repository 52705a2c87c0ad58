/**
 * The input of a score: a shop and its orders, after-sales, reviews, chats, escalations and violations, as
 * small immutable records. Timestamps are epoch milliseconds ({@link com.scoredesk.scoring.model.Timestamps}),
 * with {@link com.scoredesk.scoring.model.Timestamps#NONE} for an empty cell; records refer to orders and
 * sessions by their index in {@link com.scoredesk.scoring.model.ShopData}, so scoring a shop of millions of
 * orders needs no string lookups.
 */
@NullMarked
package com.scoredesk.scoring.model;

import org.jspecify.annotations.NullMarked;
