package dev.restorestation.history;

import dev.restorestation.core.files.FileAccess;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Refuses a damaged H2 history file (cut short by a failed copy, a full disk, a damaged share)
 * before H2 opens it for writing: H2 would quietly start an empty database over what was left.
 * The file is moved aside whole, never rewritten, and a marker beside it keeps every later
 * opening refused until a new history is asked for, or a history file is put back in its place:
 * then that file is checked like any other.
 */
final class EmbeddedFileCheck {

    private static final String MARKER = "history.damaged.txt";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private EmbeddedFileCheck() {
    }

    /** Throws {@link DamagedHistoryException} for a damaged file (moving it aside) or one moved aside before. */
    static void refuseDamaged(HistorySource.EmbeddedFile source, Clock clock) {
        Path marker = source.directory().resolve(MARKER);
        Path file = source.databaseFile();
        try {
            boolean present = Files.isRegularFile(file) && Files.size(file) > 0;
            if (Files.exists(marker)) {
                if (!present) {
                    List<String> told = Files.readAllLines(marker, StandardCharsets.UTF_8);
                    throw new DamagedHistoryException(told.get(0), Path.of(told.get(1)));
                }
                // the marker speaks of the file set aside, not of the one put back since
                Files.delete(marker);
            }
            if (!present) {
                return;
            }
            Optional<String> damage = damage(source);
            if (damage.isPresent()) {
                throw setAside(source, damage.get(), marker, clock);
            }
        } catch (IOException e) {
            throw new HistoryException("cannot check the history database " + source.databaseFile() + ": "
                    + e.getMessage(), e);
        }
    }

    static boolean setAside(HistorySource.EmbeddedFile source) {
        return Files.exists(source.directory().resolve(MARKER));
    }

    /** Forgets a damaged history that was set aside, so the next opening starts a new, empty one. */
    static boolean forget(HistorySource.EmbeddedFile source) throws IOException {
        return Files.deleteIfExists(source.directory().resolve(MARKER));
    }

    /**
     * What is wrong with the file, asked of H2 itself opening it read-only: a history this
     * station made always holds its schema, so a file H2 reads as empty or without it is damaged.
     * A file another process holds is left to the normal opening, which says it is in use.
     */
    private static Optional<String> damage(HistorySource.EmbeddedFile source) throws IOException {
        if (heldElsewhere(source.databaseFile())) {
            return Optional.empty();
        }
        if (H2FileHeader.cutShort(source.databaseFile())) {
            return Optional.of("it was cut short");
        }
        JdbcDataSource readOnly = new JdbcDataSource();
        readOnly.setURL(source.jdbcUrl() + ";ACCESS_MODE_DATA=r");
        readOnly.setUser("station");
        try (Connection connection = readOnly.getConnection();
             ResultSet schema = connection.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
            return schema.next() ? Optional.empty() : Optional.of("it holds no restore history");
        } catch (SQLException e) {
            return switch (e.getErrorCode()) {
                case ErrorCode.DATABASE_IS_READ_ONLY -> Optional.of("it holds no restore history");
                case ErrorCode.FILE_CORRUPTED_1 -> Optional.of("H2 reads it as corrupted");
                default -> Optional.empty();
            };
        }
    }

    private static boolean heldElsewhere(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock == null;
        }
    }

    private static DamagedHistoryException setAside(HistorySource.EmbeddedFile source, String damage, Path marker,
                                                    Clock clock) throws IOException {
        Path folder = source.directory().resolve("damaged-" + STAMP.format(clock.instant()));
        FileAccess.OWNER_ONLY.folder(folder);
        Path keptAs = folder.resolve(source.databaseFile().getFileName());
        Files.move(source.databaseFile(), keptAs);
        Path trace = source.directory().resolve("history.trace.db");
        if (Files.exists(trace)) {
            Files.move(trace, folder.resolve(trace.getFileName()));
        }
        FileAccess.OWNER_ONLY.applyToTree(folder);
        String message = "the history database " + source.databaseFile() + " is damaged (" + damage
                + "); nothing was written to it, and it was kept as " + keptAs;
        Files.write(Files.createFile(marker, FileAccess.OWNER_ONLY.newFile()), List.of(message, keptAs.toString()),
                StandardCharsets.UTF_8);
        return new DamagedHistoryException(message, keptAs);
    }
}
