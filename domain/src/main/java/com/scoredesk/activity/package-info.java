/**
 * A shop's activity as the platform exports it (spec section 3): orders, after-sales, reviews, chat sessions and
 * rounds, escalations, violations and parcel traces, every row scoped by shop and keyed by the platform's ids.
 * Entities stay in this package; other packages get row records.
 */
@NullMarked
package com.scoredesk.activity;

import org.jspecify.annotations.NullMarked;
