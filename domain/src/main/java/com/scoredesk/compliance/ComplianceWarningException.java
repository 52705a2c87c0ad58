package com.scoredesk.compliance;

/** Only warning rules hit, and the agent has not confirmed: ask, then send again with the confirmation. */
public final class ComplianceWarningException extends ComplianceException {

    public ComplianceWarningException(ComplianceResult result) {
        super(
                "compliance warnings need confirmation "
                        + result.warnings().stream().map(ComplianceHit::code).toList(),
                result);
    }
}
