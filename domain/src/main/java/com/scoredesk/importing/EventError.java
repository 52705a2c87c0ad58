package com.scoredesk.importing;

import org.jspecify.annotations.Nullable;

/** An event that was not applied: its position in the request (from 0), its id if it had one, and why. */
public record EventError(int index, @Nullable String eventId, String reason) {}
