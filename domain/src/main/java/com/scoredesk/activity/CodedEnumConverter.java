package com.scoredesk.activity;

import com.scoredesk.scoring.model.Coded;
import jakarta.persistence.AttributeConverter;
import org.jspecify.annotations.Nullable;

/**
 * Stores a scoring enumeration by its canonical bundle code ({@code refund_shipped}), so that the database reads
 * like the bundle files and survives a renamed Java constant.
 */
abstract class CodedEnumConverter<E extends Enum<E> & Coded> implements AttributeConverter<E, String> {

    private final Class<E> type;

    CodedEnumConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable E value) {
        return value == null ? null : value.code();
    }

    @Override
    public @Nullable E convertToEntityAttribute(@Nullable String code) {
        if (code == null) {
            return null;
        }
        return Coded.parse(type, code)
                .orElseThrow(() -> new IllegalStateException("unknown " + type.getSimpleName() + " code " + code));
    }
}
