package com.scoredesk.settings;

import java.util.Objects;

/**
 * Who an assumption applies to: every shop of an industry (考核行业, as in the weight table), or one shop by its
 * platform id. A shop's own assumptions apply after its industry's.
 */
public record AssumptionScope(Kind kind, String value) {

    public enum Kind {
        INDUSTRY,
        SHOP
    }

    public AssumptionScope {
        Objects.requireNonNull(kind, "kind");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an assumption needs an industry or a shop");
        }
        value = value.strip();
    }
}
