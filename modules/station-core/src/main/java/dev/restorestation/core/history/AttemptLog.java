package dev.restorestation.core.history;

import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.diagnosis.Diagnosis;
import dev.restorestation.core.restore.AttemptOutcome;
import dev.restorestation.core.restore.Verification;
import dev.restorestation.core.ticket.Ticket;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Port: the record of every restore attempt. An attempt is committed as RUNNING before the
 * engine starts and finished after it stops; one left RUNNING by a crash becomes INTERRUPTED.
 * All calls block on the database: never call them on the UI thread.
 */
public interface AttemptLog {

    /** Commits a new RUNNING attempt and returns its id. */
    long begin(NewAttempt attempt);

    /** Adds engine output to the attempt's log; the stored log is bounded and keeps the tail. */
    void appendLog(long attemptId, String text);

    /** Ends the attempt; {@code diagnosis} is null for a success. */
    void finish(long attemptId, AttemptOutcome outcome, Diagnosis diagnosis);

    /** Records what the device said when it came back after a successful attempt (or that it did not). */
    void verified(long attemptId, Verification verification);

    /**
     * Sets the customer note of a ticket ({@link Ticket#checkedNote}), creating the ticket when it
     * has no attempt yet; null or blank clears the note.
     */
    void noteTicket(Ticket ticket, String note);

    /**
     * The customer note of a ticket, empty without one. This default finds it on the ticket's
     * attempts; a database adapter reads the ticket itself, which has its note before its first
     * attempt.
     */
    default Optional<String> noteOf(Ticket ticket) {
        return forTicket(ticket).stream().map(RestoreAttempt::customerNote).filter(Objects::nonNull).findFirst();
    }

    List<RestoreAttempt> forTicket(Ticket ticket);

    List<RestoreAttempt> forDevice(Ecid ecid);

    List<RestoreAttempt> all();

    /**
     * Attempts made in the slot with this label, oldest first. This default reads every attempt;
     * a database adapter should answer it with one indexed query.
     */
    default List<RestoreAttempt> inSlot(String slotLabel) {
        return oldestFirst(all().stream().filter(attempt -> slotLabel.equals(attempt.slot())).toList());
    }

    /** Attempts on the device with this serial number (as the device told it), oldest first; see {@link #inSlot}. */
    default List<RestoreAttempt> forSerialNumber(String serialNumber) {
        return oldestFirst(all().stream().filter(attempt -> serialNumber.equalsIgnoreCase(attempt.serialNumber())).toList());
    }

    /**
     * Attempts started at or after {@code from} and before {@code to}, oldest first. This default
     * reads every attempt; a database adapter should answer it with one indexed query.
     */
    default List<RestoreAttempt> startedBetween(Instant from, Instant to) {
        return oldestFirst(all().stream()
                .filter(attempt -> !attempt.startedAt().isBefore(from) && attempt.startedAt().isBefore(to))
                .toList());
    }

    private static List<RestoreAttempt> oldestFirst(List<RestoreAttempt> attempts) {
        return attempts.stream()
                .sorted(Comparator.comparing(RestoreAttempt::startedAt).thenComparingLong(RestoreAttempt::id))
                .toList();
    }

    /** The engine log kept for one attempt, empty when none. */
    String engineLog(long attemptId);

    /** Records a step the engine reported; a log that keeps no progress ignores it. */
    default void progress(long attemptId, String step, int percent) {
    }

    /** The steps recorded for one attempt, oldest first. */
    default List<ProgressEvent> progressEvents(long attemptId) {
        return List.of();
    }
}
