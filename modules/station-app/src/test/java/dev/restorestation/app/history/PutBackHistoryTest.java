package dev.restorestation.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.app.StationRun;
import dev.restorestation.core.device.DeviceMode;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.history.NewAttempt;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.restore.RestoreKind;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.history.HistoryDatabase;
import dev.restorestation.history.HistorySource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole history copied back after a damaged one was set aside is read, not refused with the old damage. */
class PutBackHistoryTest {

    @TempDir
    Path dataDir;

    @Test
    void theFileThatIsThereIsChecked() throws Exception {
        HistorySource.EmbeddedFile source = new HistorySource.EmbeddedFile(dataDir.resolve("history"));
        try (HistoryDatabase history = HistoryDatabase.open(source, "bench", Clock.systemUTC())) {
            long id = history.attemptLog().begin(NEW_ATTEMPT);
            history.attemptLog().finish(id, AttemptOutcome.SUCCEEDED, null);
        }
        byte[] whole = Files.readAllBytes(source.databaseFile());
        Files.write(source.databaseFile(), Arrays.copyOf(whole, 8192));
        StationRun damaged = StationRun.in(dataDir, "history", "--all");
        assertThat(damaged.exit()).isEqualTo(1);
        assertThat(damaged.err()).contains("is damaged (it was cut short)");

        Files.write(source.databaseFile(), whole);
        StationRun putBack = StationRun.in(dataDir, "history", "--ticket", "R-1");

        assertThat(putBack.exit()).as(putBack.err()).isZero();
        assertThat(putBack.err()).isEmpty();
        assertThat(putBack.out()).contains("R-1");
    }

    private static final NewAttempt NEW_ATTEMPT = new NewAttempt(new Ticket("R-1"), null, Ecid.parse("0x1A2B3C4D5E6F70"),
            null, null, "iPhone14,2", "Phone", "3", "bench-1", "Sam", "22G86", null, DeviceMode.DFU, RestoreKind.UPDATE,
            "idevicerestore", "1.0.0", List.of());
}
