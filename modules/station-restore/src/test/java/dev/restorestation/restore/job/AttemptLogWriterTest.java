package dev.restorestation.restore.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.history.NewAttempt;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.restore.EngineEvent;
import dev.restorestation.core.restore.EngineLogLevel;
import dev.restorestation.core.restore.Verification;
import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.ticket.Ticket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A real restore writes a line a second or so: the engine log reaches the history in batches, not line by line. */
class AttemptLogWriterTest {

    private final List<String> writes = new ArrayList<>();
    private final AttemptLogWriter writer = new AttemptLogWriter(new Writes(), 7);

    @Test
    void theWatchTicksWriteNothingUntilTheIntervalHasPassedThenEverythingCollectedInOneWrite() {
        long start = System.nanoTime();
        writer.add(new EngineEvent.LogLine(EngineLogLevel.INFO, "Sending filesystem now..."));
        writer.flushIfDue(start + AttemptLogWriter.FLUSH_EVERY.toNanos() / 2);
        writer.add(new EngineEvent.LogLine(EngineLogLevel.ERROR, "Unable to restore device"));
        writer.flushIfDue(start + AttemptLogWriter.FLUSH_EVERY.toNanos() * 3 / 4);
        assertThat(writes).isEmpty();

        writer.flushIfDue(System.nanoTime() + AttemptLogWriter.FLUSH_EVERY.toNanos());
        assertThat(writes).containsExactly("Sending filesystem now...\nERROR: Unable to restore device\n");
    }

    @Test
    void theEndWritesWhatIsLeftAtOnce() {
        writer.add(new EngineEvent.LogLine(EngineLogLevel.NOTICE, "Verifying restore (14)"));
        writer.flush();
        writer.flush();

        assertThat(writes).containsExactly("NOTE: Verifying restore (14)\n");
    }

    /** Records the writes; nothing else is asked of it. */
    private final class Writes implements AttemptLog {
        @Override
        public void appendLog(long attemptId, String text) {
            assertThat(attemptId).isEqualTo(7);
            writes.add(text);
        }

        @Override
        public long begin(NewAttempt attempt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void finish(long attemptId, AttemptOutcome outcome, Diagnosis diagnosis) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void verified(long attemptId, Verification verification) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void noteTicket(Ticket ticket, String note) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<RestoreAttempt> forTicket(Ticket ticket) {
            return List.of();
        }

        @Override
        public List<RestoreAttempt> forDevice(Ecid ecid) {
            return List.of();
        }

        @Override
        public List<RestoreAttempt> all() {
            return List.of();
        }

        @Override
        public String engineLog(long attemptId) {
            return "";
        }
    }
}
