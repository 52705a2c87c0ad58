package com.scoredesk.scoring.model;

import java.util.Locale;
import java.util.Optional;

/** An enumeration whose values have a canonical lower-case code in the bundle files. */
public interface Coded {

    /** The canonical code, as in the bundle files ({@code refund_shipped}). */
    String code();

    /** The value of {@code type} whose code (or one of its aliases) is {@code text}, ignoring case and blanks. */
    static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(wanted)) {
                return Optional.of(value);
            }
            if (value instanceof Aliased aliased && aliased.aliases().contains(text.strip())) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** A coded value that also accepts other spellings (the 抖店 Chinese names). */
    interface Aliased {
        java.util.Set<String> aliases();
    }
}
