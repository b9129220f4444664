package dev.restorestation.core.history;

import dev.restorestation.core.ticket.Ticket;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Port: writes a ticket's restore and erasure report as a PDF and keeps its hash in the history.
 * Blocks on the database and the disk: never call it on the UI thread.
 */
@FunctionalInterface
public interface TicketReports {

    /**
     * Writes the report of {@code ticket} to {@code pdf} and returns the SHA-256 its QR code holds;
     * fails with {@link IllegalArgumentException} when the ticket has no attempts.
     */
    String write(Ticket ticket, Path pdf, boolean withNote) throws IOException;
}
