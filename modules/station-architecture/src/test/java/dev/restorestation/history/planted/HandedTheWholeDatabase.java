package dev.restorestation.history.planted;

import dev.restorestation.history.HistoryDatabase;

/** A planted breach: a JDBC class handed the whole database that made it, not what it uses. */
public final class HandedTheWholeDatabase {

    private final HistoryDatabase database;

    public HandedTheWholeDatabase(HistoryDatabase database) {
        this.database = database;
    }

    public String where() {
        return database.source().describe();
    }
}
