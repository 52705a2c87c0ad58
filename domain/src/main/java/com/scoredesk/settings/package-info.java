/**
 * 假设参数: the numbers the spec marks ASSUMED (tier thresholds, weights, growth limits, deadlines), set by an
 * administrator per industry or shop and applied through the scoring module's override API.
 */
@NullMarked
package com.scoredesk.settings;

import org.jspecify.annotations.NullMarked;
