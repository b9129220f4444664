package dev.restorestation.restore.job;

import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.history.AttemptLog;
import dev.restorestation.core.history.NewAttempt;
import dev.restorestation.core.history.RestoreAttempt;
import dev.restorestation.core.restore.Verification;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.ticket.Ticket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** An attempt log in memory, for jobs under test; the real one lives in station-history. */
final class MemoryAttemptLog implements AttemptLog {

    /** One attempt as written: what began it, how it ended, its log. */
    static final class Entry {
        final NewAttempt begun;
        volatile AttemptOutcome outcome = AttemptOutcome.RUNNING;
        volatile Diagnosis diagnosis;
        volatile Verification verification;
        final StringBuilder log = new StringBuilder();
        final List<String> steps = new CopyOnWriteArrayList<>();

        Entry(NewAttempt begun) {
            this.begun = begun;
        }

        synchronized String log() {
            return log.toString();
        }
    }

    private final AtomicLong ids = new AtomicLong();
    final Map<Long, Entry> entries = new ConcurrentHashMap<>();

    @Override
    public long begin(NewAttempt attempt) {
        long id = ids.incrementAndGet();
        entries.put(id, new Entry(attempt));
        return id;
    }

    @Override
    public void appendLog(long attemptId, String text) {
        Entry entry = entries.get(attemptId);
        synchronized (entry) {
            entry.log.append(text);
        }
    }

    @Override
    public void finish(long attemptId, AttemptOutcome outcome, Diagnosis diagnosis) {
        Entry entry = entries.get(attemptId);
        if (entry.outcome.finished()) {
            throw new IllegalStateException("attempt " + attemptId + " finished twice");
        }
        entry.diagnosis = diagnosis;
        entry.outcome = outcome;
    }

    @Override
    public void verified(long attemptId, Verification verification) {
        Entry entry = entries.get(attemptId);
        if (entry.outcome != AttemptOutcome.SUCCEEDED) {
            throw new IllegalStateException("attempt " + attemptId + " did not succeed");
        }
        entry.verification = verification;
    }

    @Override
    public void progress(long attemptId, String step, int percent) {
        entries.get(attemptId).steps.add(step);
    }

    Entry entry(long id) {
        return entries.get(id);
    }

    @Override
    public void noteTicket(Ticket ticket, String note) {
        throw new UnsupportedOperationException("jobs note tickets only through the attempts they begin");
    }

    @Override
    public List<RestoreAttempt> forTicket(Ticket ticket) {
        throw new UnsupportedOperationException("jobs only write attempts");
    }

    @Override
    public List<RestoreAttempt> forDevice(Ecid ecid) {
        throw new UnsupportedOperationException("jobs only write attempts");
    }

    @Override
    public List<RestoreAttempt> all() {
        throw new UnsupportedOperationException("jobs only write attempts");
    }

    @Override
    public String engineLog(long attemptId) {
        return entries.get(attemptId).log();
    }
}
