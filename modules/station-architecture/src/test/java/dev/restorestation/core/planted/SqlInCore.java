package dev.restorestation.core.planted;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A breach planted for the architecture tests: core code that opens a database. */
public final class SqlInCore {

    public Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:mem:planted");
    }
}
