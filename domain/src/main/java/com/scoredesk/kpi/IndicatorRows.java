package com.scoredesk.kpi;

/**
 * Which rows the drill-down of an indicator lists.
 *
 * @param what {@code numerator}: the bad items a rate counts; {@code failures}: the items of the population that
 *     miss a good-items rate; {@code population}: every item of an average, worst first
 * @param source the kind of row ({@code review}, {@code order}, …)
 * @param unit the unit of {@link IndicatorRow#measure()}, {@code null} when rows have no measure
 */
public record IndicatorRows(
        String indicator, String what, String source, @org.jspecify.annotations.Nullable String unit) {}
