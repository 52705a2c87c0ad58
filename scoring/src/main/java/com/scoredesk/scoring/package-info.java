/**
 * The Douyin shop experience score (商家体验分) as plain Java: rule sets as data, immutable value types and
 * one calculator. The contract is {@code shared/spec/experience-score.md}.
 *
 * <p>A shop's activity ({@link com.scoredesk.scoring.model.ShopData}, read from a CSV bundle by {@link
 * com.scoredesk.scoring.bundle.BundleReader} or built by the importer) is scored for a day T by {@link
 * com.scoredesk.scoring.score.ExperienceScoreCalculator} under a {@link com.scoredesk.scoring.rules.RuleSet}
 * (chosen by date from {@link com.scoredesk.scoring.rules.RuleSetRegistry}). The score of day T sees only
 * events before T 00:00 Asia/Shanghai; every indicator is a count or a sum of milliseconds, and only the few
 * final divisions are exact {@link com.scoredesk.scoring.Fraction}s, so nothing is rounded before the final
 * HALF_UP of the total. {@link com.scoredesk.scoring.score.ScoreProjection} prices open work items and
 * forecasts the next seven days from the same per-indicator aggregates.
 */
@NullMarked
package com.scoredesk.scoring;

import org.jspecify.annotations.NullMarked;
