package dev.restorestation.bench;

import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.history.NewAttempt;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.restore.Verification;
import dev.restorestation.core.ticket.Ticket;
import java.util.List;

/** A history that keeps nothing: the window's reads find no attempts and no notes, at no cost to the load measured. */
final class NoHistory implements AttemptLog {

    @Override
    public long begin(NewAttempt attempt) {
        throw new UnsupportedOperationException("the window never begins attempts");
    }

    @Override
    public void appendLog(long attemptId, String text) {
    }

    @Override
    public void finish(long attemptId, AttemptOutcome outcome, Diagnosis diagnosis) {
    }

    @Override
    public void verified(long attemptId, Verification verification) {
    }

    @Override
    public void noteTicket(Ticket ticket, String note) {
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
