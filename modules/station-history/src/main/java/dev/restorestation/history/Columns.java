package dev.restorestation.history;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Values as the schema stores them: UTC timestamps, nullable numbers, text that fits its column. */
final class Columns {

    private Columns() {
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static void setTimestamp(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, timestamp(instant));
        }
    }

    static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    static Integer integer(ResultSet rows, int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }

    static void setText(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    /** An identifier the station keeps exactly: too long is an error, never silently cut. */
    static String exact(String value, int maxLength, String what) {
        if (value == null) {
            return null;
        }
        String clean = withoutNul(value);
        if (clean.length() > maxLength) {
            throw new IllegalArgumentException(what + " is " + clean.length() + " characters long; at most "
                    + maxLength + " are kept");
        }
        return clean;
    }

    /** Descriptive text: cut to fit, marked with an ellipsis. */
    static String fitted(String value, int maxLength) {
        if (value == null) {
            return null;
        }
        String clean = withoutNul(value);
        if (clean.length() <= maxLength) {
            return clean;
        }
        int end = maxLength - 1;
        if (Character.isHighSurrogate(clean.charAt(end - 1))) {
            end--;
        }
        return clean.substring(0, end) + "…";
    }

    /** PostgreSQL text cannot hold NUL; engines do print it now and then. */
    static String withoutNul(String value) {
        return value.indexOf('\0') < 0 ? value : value.replace('\0', '\uFFFD');
    }
}
