package com.scoredesk.compliance;

/** A blocking rule hit: the text cannot be sent until it is reworded. */
public final class ComplianceBlockedException extends ComplianceException {

    public ComplianceBlockedException(ComplianceResult result) {
        super(
                "blocked by compliance rules "
                        + result.blocking().stream().map(ComplianceHit::code).toList(),
                result);
    }
}
