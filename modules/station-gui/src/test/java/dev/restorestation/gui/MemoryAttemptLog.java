package dev.restorestation.gui;

import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.history.NewAttempt;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.Verification;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.ticket.Ticket;
import dev.restorestation.core.history.ProgressEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engine-log and ticket-note side of an attempt log, for window tests: every attempt's log is
 * its id in words; notes are kept in memory, and so are the attempts a test puts in with their
 * progress events.
 */
public final class MemoryAttemptLog implements AttemptLog {

    private final Map<Ticket, String> notes = new ConcurrentHashMap<>();
    private final List<RestoreAttempt> attempts = new CopyOnWriteArrayList<>();
    private final Map<Long, List<ProgressEvent>> progress = new ConcurrentHashMap<>();
    private final AtomicInteger allRead = new AtomicInteger();
    private final AtomicInteger devicesRead = new AtomicInteger();
    private final Map<Long, String> logs = new ConcurrentHashMap<>();

    /** The engine log of an attempt, instead of its id in words. */
    public void log(long attemptId, String text) {
        logs.put(attemptId, text);
    }

    /** An attempt as the history would hold it, with the steps it reached. */
    public void put(RestoreAttempt attempt, List<ProgressEvent> steps) {
        attempts.add(attempt);
        progress.put(attempt.id(), List.copyOf(steps));
    }

    /** How often the attempts of a device were read. */
    public int devicesRead() {
        return devicesRead.get();
    }

    /** How often every attempt was read. */
    public int allRead() {
        return allRead.get();
    }

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
    public void verified(long attemptId, Verification verification) {
        throw new UnsupportedOperationException("the window never checks devices itself");
    }

    @Override
    public void noteTicket(Ticket ticket, String note) {
        String checked = Ticket.checkedNote(note);
        if (checked == null) {
            notes.remove(ticket);
        } else {
            notes.put(ticket, checked);
        }
    }

    @Override
    public Optional<String> noteOf(Ticket ticket) {
        return Optional.ofNullable(notes.get(ticket));
    }

    @Override
    public List<RestoreAttempt> forTicket(Ticket ticket) {
        return List.of();
    }

    @Override
    public List<RestoreAttempt> forDevice(Ecid ecid) {
        devicesRead.incrementAndGet();
        return attempts.stream().filter(attempt -> attempt.ecid().equals(ecid)).toList();
    }

    @Override
    public List<RestoreAttempt> all() {
        allRead.incrementAndGet();
        return List.copyOf(attempts);
    }

    @Override
    public List<ProgressEvent> progressEvents(long attemptId) {
        return progress.getOrDefault(attemptId, List.of());
    }

    @Override
    public String engineLog(long attemptId) {
        return logs.getOrDefault(attemptId, "log of attempt " + attemptId);
    }
}
