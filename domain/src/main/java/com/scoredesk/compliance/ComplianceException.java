package com.scoredesk.compliance;

/** A text was not sent because of the compliance check; {@link #result()} says why. */
public abstract sealed class ComplianceException extends RuntimeException
        permits ComplianceBlockedException, ComplianceWarningException {

    private final ComplianceResult result;

    ComplianceException(String message, ComplianceResult result) {
        super(message);
        this.result = result;
    }

    public ComplianceResult result() {
        return result;
    }
}
