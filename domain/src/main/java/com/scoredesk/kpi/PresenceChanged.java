package com.scoredesk.kpi;

/** Someone opened or closed ScoreDesk. */
public record PresenceChanged() {}
