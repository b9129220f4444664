package dev.restorestation.history;

import java.nio.file.Path;
import java.util.Objects;

/** Where the history lives: an H2 file owned by this station, or a PostgreSQL server the shop shares. */
public sealed interface HistorySource {

    /** The JDBC URL to connect with; may carry credentials, so never print it. */
    String jdbcUrl();

    /** Where the database is, for messages: no credentials. */
    String describe();

    /**
     * The source the settings choose: {@code databaseUrl} when given (a {@code jdbc:postgresql:}
     * URL), else the H2 file in {@code embeddedDirectory}.
     */
    static HistorySource choose(String databaseUrl, Path embeddedDirectory) {
        return databaseUrl == null || databaseUrl.isBlank()
                ? new EmbeddedFile(embeddedDirectory)
                : new SharedServer(databaseUrl.strip());
    }

    /** An H2 database in its own owner-only folder; one station process at a time. */
    record EmbeddedFile(Path directory) implements HistorySource {

        public EmbeddedFile {
            Objects.requireNonNull(directory, "directory");
            directory = directory.toAbsolutePath().normalize();
            if (directory.toString().contains(";")) {
                throw new IllegalArgumentException("the history folder path must not contain ';': " + directory);
            }
        }

        /** The H2 file: {@code history.mv.db} in the folder. */
        public Path databaseFile() {
            return directory.resolve("history.mv.db");
        }

        @Override
        public String jdbcUrl() {
            // H2 writes committed changes to the file within WRITE_DELAY ms; the attempt log
            // forces a write at once where a kill must not lose the row (start and end). The
            // station closes the database itself when it stops: H2's own shutdown hook would close
            // it under a restore that is still ending its attempt (kill -TERM). H2 never moves
            // chunks, at close or in the background: H2 2.3's chunk moving can fail midway and
            // hand the next opening an older state; the file is rewritten whole instead (decision 4).
            return "jdbc:h2:file:" + directory.resolve("history")
                    + ";WRITE_DELAY=100;DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=0;AUTO_COMPACT_FILL_RATE=0";
        }

        @Override
        public String describe() {
            return directory.toString();
        }
    }

    /** A PostgreSQL database several benches share, e.g. {@code jdbc:postgresql://server/shop?user=bench}. */
    record SharedServer(String jdbcUrl) implements HistorySource {

        public SharedServer {
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("the history database URL must start with jdbc:postgresql: (got '"
                        + withoutCredentials(jdbcUrl) + "')");
            }
        }

        @Override
        public String describe() {
            return withoutCredentials(jdbcUrl);
        }

        private static String withoutCredentials(String url) {
            int query = url.indexOf('?');
            String base = query < 0 ? url : url.substring(0, query);
            return base.replaceAll("//[^/@]*@", "//");
        }

        @Override
        public String toString() {
            return "SharedServer[" + describe() + "]";
        }
    }
}
