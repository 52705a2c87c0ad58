package com.scoredesk.kpi;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The little SQL that differs between H2 and PostgreSQL: the milliseconds between two timestamps. */
enum SqlDialect {
    H2,
    POSTGRESQL;

    static SqlDialect of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return product.toLowerCase(java.util.Locale.ROOT).contains("postgres") ? POSTGRESQL : H2;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database product", e);
        }
    }

    /** Milliseconds from {@code start} to {@code end}, as a number. */
    String millisBetween(String start, String end) {
        return switch (this) {
            case H2 -> "DATEDIFF('MILLISECOND', " + start + ", " + end + ")";
            case POSTGRESQL -> "(EXTRACT(EPOCH FROM (" + end + " - " + start + ")) * 1000)";
        };
    }
}
