package dev.restorestation.history;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Refuses, before any migration runs, a database this station must not change: one a newer
 * station brought to a schema this one does not know, or one that holds other tables and no
 * history. Either is left exactly as it was.
 */
final class ForeignSchema {

    private ForeignSchema() {
    }

    static void refuse(HistorySource source, DataSource dataSource, int latestSchema) {
        try (Connection connection = dataSource.getConnection()) {
            String schema = connection.getSchema();
            if (has(connection, schema, "flyway_schema_history")) {
                int newest = newestVersion(connection);
                if (newest > latestSchema) {
                    throw new HistoryException("the history database at " + source.describe()
                            + " was brought to schema " + newest + " by a newer Restore Station; this one knows up to "
                            + latestSchema + ". It was left untouched: update this station");
                }
            } else if (hasAnyTable(connection, schema)) {
                throw new HistoryException("the database at " + source.describe()
                        + " holds tables but no Restore Station history; it was left untouched: name an empty database");
            }
        } catch (SQLException e) {
            // the migration that follows meets the same problem and reports it
        }
    }

    private static boolean has(Connection connection, String schema, String table) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, schema, table, new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    private static boolean hasAnyTable(Connection connection, String schema) throws SQLException {
        return has(connection, schema, "%");
    }

    private static int newestVersion(Connection connection) throws SQLException {
        int newest = 0;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\"")) {
            while (rows.next()) {
                String version = rows.getString(1);
                if (version != null && version.matches("\\d{1,9}")) {
                    newest = Math.max(newest, Integer.parseInt(version));
                }
            }
        }
        return newest;
    }
}
