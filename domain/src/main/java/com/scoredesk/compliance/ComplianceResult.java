package com.scoredesk.compliance;

import java.util.List;

/** The outcome of checking a text: every rule that hit, blocking rules first. */
public record ComplianceResult(String text, List<ComplianceHit> hits) {

    public ComplianceResult {
        hits = List.copyOf(hits);
    }

    /** Nothing hit: the text can be sent as it is. */
    public boolean isClean() {
        return hits.isEmpty();
    }

    /** A blocking rule hit: the text cannot be sent. */
    public boolean isBlocked() {
        return hits.stream().anyMatch(ComplianceHit::blocks);
    }

    /** Only warning rules hit: the text can be sent after the agent confirms. */
    public boolean needsConfirmation() {
        return !hits.isEmpty() && !isBlocked();
    }

    public List<ComplianceHit> blocking() {
        return hits.stream().filter(ComplianceHit::blocks).toList();
    }

    public List<ComplianceHit> warnings() {
        return hits.stream().filter(hit -> !hit.blocks()).toList();
    }
}
