package com.scoredesk.activity;

import org.jspecify.annotations.Nullable;

/** Checks shared by the row records. */
final class ActivityText {

    static final int MAX_ID_LENGTH = 64;

    private ActivityText() {}

    static String requireId(String id, String field) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        String stripped = id.strip();
        if (stripped.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException(field + " is longer than " + MAX_ID_LENGTH + " characters");
        }
        return stripped;
    }

    static void requireStars(@Nullable Integer stars, String field) {
        if (stars != null && (stars < 1 || stars > 5)) {
            throw new IllegalArgumentException(field + " must be 1-5 stars, not " + stars);
        }
    }
}
