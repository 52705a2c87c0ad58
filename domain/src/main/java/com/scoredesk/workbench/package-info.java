/**
 * The agent workbench (工作台): open work (unanswered chat rounds, after-sales waiting for the merchant, appealable bad
 * reviews, orders waiting for pickup, parcels in trouble) materialised as work items, ranked by what acting now is
 * worth in score points (spec section 8), and the actions agents take on them, each audited and collision-safe.
 */
@NullMarked
package com.scoredesk.workbench;

import org.jspecify.annotations.NullMarked;
