package com.scoredesk.settings;

/** An administrator changed an assumption: scores computed from {@link ScoringAssumptions#registry()} may differ. */
public record ScoringAssumptionsChanged() {}
