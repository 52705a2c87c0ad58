package com.scoredesk.scoring.rules;

import com.scoredesk.scoring.model.ViolationKind;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Points deducted per violation of {@code kind} in the window; kinds sharing a {@code cap} group are capped
 * together, in the order of the rule set (the last kind of a group gets what is left of the cap).
 */
public record DeductionRule(ViolationKind kind, BigDecimal points, @Nullable String cap) {

    public DeductionRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(points, "points");
    }
}
