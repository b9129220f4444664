package dev.restorestation.history;

import dev.restorestation.core.testing.HostRequirement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL server that src/test/scripts/postgres-for-tests.sh starts, named by
 * {@code STATION_TEST_POSTGRES_URL}: each test gets a database of its own and drops it after.
 */
final class TestPostgres {

    static final String VARIABLE = "STATION_TEST_POSTGRES_URL";
    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(.*)");

    private final String adminUrl;
    private final String database;

    private TestPostgres(String adminUrl, String database) {
        this.adminUrl = adminUrl;
        this.database = database;
    }

    /** Creates a new empty database, or skips the test (fails it under CI) when there is no server. */
    static TestPostgres createDatabase() throws SQLException {
        String adminUrl = System.getenv(VARIABLE);
        HostRequirement.require(adminUrl != null && !adminUrl.isBlank(), "PostgreSQL (" + VARIABLE + ")");
        String name = "station_test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection admin = DriverManager.getConnection(adminUrl); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return new TestPostgres(adminUrl, name);
    }

    String url() {
        Matcher parts = URL.matcher(adminUrl);
        if (!parts.matches()) {
            throw new IllegalStateException(VARIABLE + " is not a jdbc:postgresql://host:port/database URL");
        }
        return parts.group(1) + database + parts.group(3);
    }

    void drop() throws SQLException {
        try (Connection admin = DriverManager.getConnection(adminUrl); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }
}
