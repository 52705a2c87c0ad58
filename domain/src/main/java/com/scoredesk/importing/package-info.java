/**
 * Import of a shop's activity from the bundle files of the spec (section 3) and from 抖店 exports (CSV or
 * {@code .xlsx}, Chinese headers): idempotent upserts by natural key, one transaction per batch, per-row errors
 * with file, line and reason.
 */
@NullMarked
package com.scoredesk.importing;

import org.jspecify.annotations.NullMarked;
