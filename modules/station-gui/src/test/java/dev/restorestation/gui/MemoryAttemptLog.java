package dev.restorestation.gui;

import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.history.NewAttempt;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.restore.Diagnosis;
import dev.restorestation.core.ticket.Ticket;
import java.util.List;

/** The engine-log side of an attempt log, for window tests: every attempt's log is its id in words. */
public final class MemoryAttemptLog implements AttemptLog {

    @Override
    public long begin(NewAttempt attempt) {
        throw new UnsupportedOperationException("the window never begins attempts itself");
    }

    @Override
    public void appendLog(long attemptId, String text) {
        throw new UnsupportedOperationException("the window never writes logs");
    }

    @Override
    public void finish(long attemptId, AttemptOutcome outcome, Diagnosis diagnosis) {
        throw new UnsupportedOperationException("the window never finishes attempts");
    }

    @Override
    public void noteTicket(Ticket ticket, String note) {
        throw new UnsupportedOperationException("these window tests never note tickets");
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
        return "log of attempt " + attemptId;
    }
}
