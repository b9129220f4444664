package dev.restorestation.history;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * This process's hold on the history database, kept by one connection for as long as it is open.
 * An H2 file is held exclusively (a second station process gets a clear error); in a shared
 * PostgreSQL database the hold is per bench name, so that only the process that holds it may
 * declare that bench's unfinished attempts interrupted.
 */
sealed interface StationClaim extends AutoCloseable {

    /** True when no other process of this station uses the database. */
    boolean exclusive();

    /** Makes what was committed on {@code connection} survive a kill of this process. */
    void forceToDisk(Connection connection) throws SQLException;

    /** Restricts the database files to their owner, where the file system knows permissions. */
    void protectFiles();

    @Override
    void close();

    static StationClaim take(HistorySource source, String stationName, DataSource dataSource, Clock clock) {
        if (source instanceof HistorySource.EmbeddedFile file) {
            return EmbeddedClaim.take(file, dataSource, clock);
        }
        return ServerClaim.take(source, stationName, dataSource);
    }

    final class EmbeddedClaim implements StationClaim {

        /** H2 lets connections of one process share a file; two databases in this process must not. */
        private static final Set<Path> OPEN_HERE = new HashSet<>();
        private static final int DATABASE_ALREADY_OPEN = 90020;

        private final HistorySource.EmbeddedFile file;
        private final Connection anchor;
        /** Commits waiting to be on disk are numbered; one checkpoint carries all taken before it. */
        private final AtomicLong committed = new AtomicLong();
        private final ReentrantLock checkpointing = new ReentrantLock();
        private long onDisk;

        private EmbeddedClaim(HistorySource.EmbeddedFile file, Connection anchor) {
            this.file = file;
            this.anchor = anchor;
        }

        static EmbeddedClaim take(HistorySource.EmbeddedFile file, DataSource dataSource, Clock clock) {
            prepareFolder(file.directory());
            synchronized (OPEN_HERE) {
                if (!OPEN_HERE.add(file.directory())) {
                    throw inUse(file);
                }
            }
            try {
                EmbeddedFileCheck.refuseDamaged(file, clock);
                return new EmbeddedClaim(file, dataSource.getConnection());
            } catch (SQLException e) {
                release(file);
                if (e.getErrorCode() == DATABASE_ALREADY_OPEN) {
                    throw inUse(file);
                }
                String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
                throw new HistoryException("cannot open the history database in " + file.describe() + ": " + message, e);
            } catch (RuntimeException e) {
                release(file);
                throw e;
            }
        }

        @Override
        public boolean exclusive() {
            return true;
        }

        /**
         * H2 writes a new chunk of the file per checkpoint; benches that commit at the same time
         * share one (group commit) instead of each writing their own.
         */
        @Override
        public void forceToDisk(Connection connection) throws SQLException {
            long mine = committed.incrementAndGet();
            checkpointing.lock();
            try {
                if (onDisk >= mine) {
                    return;
                }
                long covered = committed.get();
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CHECKPOINT");
                }
                onDisk = covered;
            } finally {
                checkpointing.unlock();
            }
        }

        @Override
        public void protectFiles() {
            if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                return;
            }
            try (Stream<Path> files = Files.list(file.directory())) {
                for (Path each : files.filter(Files::isRegularFile).toList()) {
                    Files.setPosixFilePermissions(each, PosixFilePermissions.fromString("rw-------"));
                }
            } catch (IOException e) {
                throw new HistoryException("cannot make the history database in " + file.describe()
                        + " private to its owner: " + e.getMessage(), e);
            }
        }

        /** Shuts the database down rewritten without its replaced chunks; the claim is spent after it. */
        void shutdownCompact() {
            try (Statement statement = anchor.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            } catch (SQLException e) {
                String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
                throw new HistoryException("cannot compact the history database in " + file.describe() + ": " + message, e);
            }
        }

        @Override
        public void close() {
            ConnectionPool.closeQuietly(anchor);
            release(file);
        }

        private static void release(HistorySource.EmbeddedFile file) {
            synchronized (OPEN_HERE) {
                OPEN_HERE.remove(file.directory());
            }
        }

        private static HistoryException inUse(HistorySource.EmbeddedFile file) {
            return new HistoryInUseException("the history database in " + file.describe()
                    + " is in use by another station process; close that one first, or share a PostgreSQL"
                    + " database between them (settings: databaseUrl)");
        }

        private static void prepareFolder(Path directory) {
            try {
                Files.createDirectories(directory);
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
                }
            } catch (IOException e) {
                throw new HistoryException("cannot use " + directory + " for the history database: " + e.getMessage(), e);
            }
        }
    }

    final class ServerClaim implements StationClaim {

        /** First half of the advisory lock key: "RS", so other users of the server are not confused. */
        private static final int LOCK_SPACE = 0x5253;

        private final Connection anchor;
        private final boolean exclusive;

        private ServerClaim(Connection anchor, boolean exclusive) {
            this.anchor = anchor;
            this.exclusive = exclusive;
        }

        static ServerClaim take(HistorySource source, String stationName, DataSource dataSource) {
            Connection anchor = null;
            try {
                anchor = dataSource.getConnection();
                try (PreparedStatement lock = anchor.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
                    lock.setInt(1, LOCK_SPACE);
                    lock.setInt(2, stationName.hashCode());
                    try (ResultSet held = lock.executeQuery()) {
                        held.next();
                        return new ServerClaim(anchor, held.getBoolean(1));
                    }
                }
            } catch (SQLException e) {
                if (anchor != null) {
                    ConnectionPool.closeQuietly(anchor);
                }
                String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
                throw new HistoryException("cannot open the history database at " + source.describe() + ": " + message, e);
            }
        }

        @Override
        public boolean exclusive() {
            return exclusive;
        }

        @Override
        public void forceToDisk(Connection connection) {
            // a PostgreSQL commit is on disk (write-ahead log) when it returns
        }

        @Override
        public void protectFiles() {
            // the server owns its files
        }

        /**
         * Gives the bench's lock back before the connection goes: the server drops a closed
         * session's locks only once its backend has exited, and a station started again at once
         * would find its own lock still held.
         */
        @Override
        public void close() {
            if (exclusive) {
                try (Statement unlock = anchor.createStatement()) {
                    unlock.execute("SELECT pg_advisory_unlock_all()");
                } catch (SQLException e) {
                    // closing the connection below releases it too, a moment later
                }
            }
            ConnectionPool.closeQuietly(anchor);
        }
    }
}
