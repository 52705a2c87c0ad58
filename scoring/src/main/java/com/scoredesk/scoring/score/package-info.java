/**
 * Scoring: {@link com.scoredesk.scoring.score.ExperienceScoreCalculator} turns a shop's data into a {@link
 * com.scoredesk.scoring.score.ScoreResult} for a day under a rule set, and {@link
 * com.scoredesk.scoring.score.ScoreProjection} forecasts the next days and prices open work items.
 *
 * <p>How: one pass over the rows adds each order, after-sale, session, round, escalation and violation to a small
 * array of integer counters (counts and sums of milliseconds) — the per-indicator aggregates. The score is then
 * evaluated from the counters with exact fractions. Pricing a work item recomputes the contribution of the one row
 * it touches and re-evaluates the score from the changed counters, never the rows.
 */
@NullMarked
package com.scoredesk.scoring.score;

import org.jspecify.annotations.NullMarked;
