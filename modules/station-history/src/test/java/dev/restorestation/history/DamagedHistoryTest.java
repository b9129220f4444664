package dev.restorestation.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restorestation.core.restore.AttemptOutcome;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A history file cut short or overwritten is refused and kept, never reopened as a new, empty one. */
class DamagedHistoryTest {

    private static final TestClock CLOCK = new TestClock(Instant.parse("2026-12-05T12:00:00Z"));

    @TempDir
    Path dataDirectory;

    private HistorySource.EmbeddedFile shopHistory() {
        HistorySource.EmbeddedFile source = new HistorySource.EmbeddedFile(dataDirectory.resolve("history"));
        try (HistoryDatabase database = HistoryDatabase.open(source, "bench", CLOCK)) {
            for (int i = 0; i < 40; i++) {
                long id = database.attemptLog().begin(Attempts.of("T-" + i, Attempts.IPHONE, "1"));
                database.attemptLog().appendLog(id, "step " + i + "\n" + "x".repeat(1500));
                database.attemptLog().finish(id, AttemptOutcome.SUCCEEDED, null);
            }
        }
        return source;
    }

    @ParameterizedTest
    @ValueSource(ints = {8 << 10, 20 << 10})
    void aFileCutShortIsMovedAsideWholeAndRefused(int keptBytes) throws IOException {
        HistorySource.EmbeddedFile source = shopHistory();
        byte[] whole = Files.readAllBytes(source.databaseFile());
        assertThat(whole.length).isGreaterThan(keptBytes * 2);
        byte[] cut = Arrays.copyOf(whole, keptBytes);
        Files.write(source.databaseFile(), cut);

        assertThatThrownBy(() -> HistoryDatabase.open(source, "bench", CLOCK))
                .isInstanceOfSatisfying(DamagedHistoryException.class, damaged -> {
                    assertThat(damaged.getMessage()).doesNotContain("\n")
                            .contains("is damaged")
                            .contains("(it was cut short)")
                            .endsWith("kept as " + damaged.keptAs());
                    assertThat(damaged.keptAs()).startsWith(source.directory()).hasBinaryContent(cut);
                });
        assertThat(source.databaseFile()).doesNotExist();
        try (var kept = Files.walk(source.directory())) {
            assertThat(kept).allSatisfy(path -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path)))
                    .as(path.toString()).isIn("rwx------", "rw-------"));
        }
    }

    @Test
    void aFileWhoseHeaderIsOverwrittenIsRefused() throws IOException {
        HistorySource.EmbeddedFile source = shopHistory();
        try (FileChannel file = FileChannel.open(source.databaseFile(), StandardOpenOption.WRITE)) {
            file.write(ByteBuffer.allocate(8192), 0);
        }

        assertThatThrownBy(() -> HistoryDatabase.open(source, "bench", CLOCK))
                .isInstanceOf(DamagedHistoryException.class)
                .hasMessageContaining("is damaged");
    }

    @Test
    void aNewHistoryStartsOnlyWhenAskedAndTheDamagedOneStaysKept() throws IOException {
        HistorySource.EmbeddedFile source = shopHistory();
        byte[] whole = Files.readAllBytes(source.databaseFile());
        Files.write(source.databaseFile(), Arrays.copyOf(whole, 8192));
        Path keptAs = catchDamage(source).keptAs();

        DamagedHistoryException again = catchDamage(source);
        assertThat(again.keptAs()).isEqualTo(keptAs);
        assertThat(source.databaseFile()).doesNotExist();

        assertThat(HistoryDatabase.startNew(source)).isTrue();
        try (HistoryDatabase fresh = HistoryDatabase.open(source, "bench", CLOCK)) {
            assertThat(fresh.attemptLog().all()).isEmpty();
        }
        assertThat(keptAs).hasSize(8192);
        assertThat(HistoryDatabase.startNew(source)).isFalse();
    }

    @Test
    void aWholeFilePutBackAfterTheDamageIsCheckedItselfAndOpens() throws IOException {
        HistorySource.EmbeddedFile source = shopHistory();
        byte[] whole = Files.readAllBytes(source.databaseFile());
        Files.write(source.databaseFile(), Arrays.copyOf(whole, 8192));
        catchDamage(source);

        Files.write(source.databaseFile(), whole);

        try (HistoryDatabase database = HistoryDatabase.open(source, "bench", CLOCK)) {
            assertThat(database.attemptLog().all()).hasSize(40);
        }
        assertThat(HistoryDatabase.wasSetAside(source)).as("no damage is spoken of any more").isFalse();
    }

    @Test
    void aDamagedFilePutBackIsSetAsideInItsTurn() throws IOException {
        HistorySource.EmbeddedFile source = shopHistory();
        byte[] whole = Files.readAllBytes(source.databaseFile());
        byte[] cut = Arrays.copyOf(whole, 8192);
        Files.write(source.databaseFile(), cut);
        Path first = catchDamage(source).keptAs();
        CLOCK.advance(Duration.ofMinutes(1));

        Files.write(source.databaseFile(), Arrays.copyOf(whole, 20 << 10));

        DamagedHistoryException again = catchDamage(source);
        assertThat(again.keptAs()).isNotEqualTo(first).hasSize(20 << 10);
        assertThat(first).hasBinaryContent(cut);
        assertThat(source.databaseFile()).doesNotExist();
    }

    @Test
    void aWholeFileOpensWithEveryAttempt() {
        HistorySource.EmbeddedFile source = shopHistory();

        try (HistoryDatabase database = HistoryDatabase.open(source, "bench", CLOCK)) {
            assertThat(database.attemptLog().all()).hasSize(40);
        }
    }

    private static DamagedHistoryException catchDamage(HistorySource.EmbeddedFile source) {
        try {
            HistoryDatabase.open(source, "bench", CLOCK).close();
        } catch (DamagedHistoryException e) {
            return e;
        }
        throw new AssertionError("the damaged history was opened");
    }
}
