package dev.restorestation.app.cli;

import static dev.restorestation.app.text.AppText.text;

import dev.restorestation.core.device.Ecid;
import dev.restorestation.core.ticket.Ticket;

/**
 * An ECID, a ticket or a customer note as typed on the command line, read by the core's rules;
 * what is wrong with one is said in the station's language (the core words it in English only).
 */
final class TypedValues {

    private TypedValues() {
    }

    static Ecid ecid(String typed) {
        try {
            return Ecid.parse(typed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(text("typed.notAnEcid", typed), e);
        }
    }

    static Ticket ticket(String typed) {
        try {
            return new Ticket(typed);
        } catch (IllegalArgumentException e) {
            if (typed == null || typed.isBlank()) {
                throw new IllegalArgumentException(text("typed.ticketEmpty"), e);
            }
            int length = typed.strip().codePointCount(0, typed.strip().length());
            throw new IllegalArgumentException(length > Ticket.MAX_LENGTH
                    ? text("typed.ticketTooLong", length, Ticket.MAX_LENGTH) : text("typed.ticketControl"), e);
        }
    }

    static String note(String typed) {
        try {
            return Ticket.checkedNote(typed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(text("typed.noteTooLong",
                    typed.strip().codePointCount(0, typed.strip().length()), Ticket.MAX_NOTE_LENGTH), e);
        }
    }
}
