/**
 * The shop's experience score from the database: the bridge that loads a shop's activity into the {@code scoring}
 * engine, the daily score history, and the live projected score that views follow.
 */
@NullMarked
package com.scoredesk.score;

import org.jspecify.annotations.NullMarked;
