package com.scoredesk.importing;

import java.sql.Types;
import java.util.Objects;

/**
 * One column of an activity table as the importer writes it: its database name, the canonical bundle column that
 * fills it ({@code header}), its type and, for text, its width.
 *
 * <p>Values are {@code String}, {@link java.time.Instant}, {@code Boolean}, {@link java.math.BigDecimal} (scale
 * 2), {@code Integer}, {@code Long} or a sorted {@code Map} (extra columns), or {@code null}, so that a row read back
 * from the database {@code equals} the row parsed from a file.
 */
record Column(String name, String header, Type type, int maxLength) {

    enum Type {
        TEXT(Types.VARCHAR),
        TIME(Types.TIMESTAMP_WITH_TIMEZONE),
        BOOL(Types.BOOLEAN),
        MONEY(Types.NUMERIC),
        INT(Types.INTEGER),
        LONG(Types.BIGINT),
        /** Export columns kept for display: a JSON object in a text column. */
        EXTRAS(Types.VARCHAR),
        /** The database id of another row (a round's session), resolved from its natural key. */
        REF(Types.BIGINT);

        final int sqlType;

        Type(int sqlType) {
            this.sqlType = sqlType;
        }
    }

    Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(type, "type");
    }

    static Column text(String name, int maxLength) {
        return new Column(name, name, Type.TEXT, maxLength);
    }

    static Column of(String name, Type type) {
        return new Column(name, name, type, 0);
    }

    /** A column filled from a bundle column of another name ({@code type} fills {@code after_sale_type}). */
    static Column text(String name, String header, int maxLength) {
        return new Column(name, header, Type.TEXT, maxLength);
    }
}
