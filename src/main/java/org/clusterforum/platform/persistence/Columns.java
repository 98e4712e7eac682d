package org.clusterforum.platform.persistence;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Clob;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Reads the values of a native query's row, whatever JDBC type the driver returns for them. Timestamps are read
 * the way EclipseLink writes {@link Instant} attributes (as a timestamp in the JVM's zone).
 */
public final class Columns {

    private Columns() {
    }

    public static long id(Object value) {
        return ((Number) value).longValue();
    }

    public static int integer(Object value) {
        return ((Number) value).intValue();
    }

    public static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    public static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Timestamp t -> t.toInstant();
            case Instant i -> i;
            case LocalDateTime l -> l.atZone(ZoneId.systemDefault()).toInstant();
            default -> throw new IllegalArgumentException("Not a timestamp: " + value.getClass().getName());
        };
    }

    public static String text(Object value) {
        if (value instanceof Clob clob) {
            try (Reader reader = clob.getCharacterStream()) {
                StringBuilder text = new StringBuilder((int) Math.min(clob.length(), 1 << 20));
                char[] buffer = new char[8192];
                for (int n; (n = reader.read(buffer)) > 0; ) {
                    text.append(buffer, 0, n);
                }
                return text.toString();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read a text column", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return (String) value;
    }
}
