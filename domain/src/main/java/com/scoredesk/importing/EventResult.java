package com.scoredesk.importing;

import java.util.List;

/**
 * What a request of events did: {@code applied} events changed the shop's data (or found it as they say),
 * {@code duplicates} had been applied before (same id) and were skipped, {@code errors} were rejected.
 */
public record EventResult(int received, int applied, int duplicates, List<EventError> errors) {

    public EventResult {
        errors = List.copyOf(errors);
    }
}
