/**
 * 差评申诉: the 1–2★ first reviews a shop can still appeal (spec section 9: 7 days after the review), the evidence
 * ScoreDesk finds for each (logistics anomalies, late delivery, force majeure, the buyer's own words, abusive or
 * unrelated review text), a suggested reason and a draft from the 申诉 templates within the platform's limits, the
 * appeal's lifecycle (draft → submitted → approved / rejected) and its statistics. An approved appeal sets the
 * review's {@code appeal_status} to {@code approved}, which takes it out of the score.
 */
@NullMarked
package com.scoredesk.appeal;

import org.jspecify.annotations.NullMarked;
