package com.scoredesk.compliance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A rule's test case as stored. */
@Embeddable
record StoredCase(
        @Column(name = "case_text", nullable = false, length = 500) String text,
        @Column(name = "expect_hit", nullable = false) boolean expectHit) {

    static StoredCase of(RuleCase ruleCase) {
        return new StoredCase(ruleCase.text(), ruleCase.expectHit());
    }

    RuleCase toCase() {
        return new RuleCase(text, expectHit);
    }
}
