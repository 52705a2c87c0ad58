/**
 * Rule sets as data: one JSON resource per version of the platform's rules ({@code douyin-2022-5pt},
 * {@code douyin-2026-07}, {@code douyin-2026-09}) holding every window, weight, tier, interpolation point,
 * floor, bonus, deduction, display band, consequence and work-item deadline; the {@link
 * com.scoredesk.scoring.rules.RuleSetRegistry} picks the set in force for a date, and {@link
 * com.scoredesk.scoring.rules.RuleSetOverrides} let an admin replace ASSUMED numbers per industry or per shop.
 */
@NullMarked
package com.scoredesk.scoring.rules;

import org.jspecify.annotations.NullMarked;
