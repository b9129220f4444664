package dev.restorestation.core.ticket;

import dev.restorestation.core.text.CoreText;
import dev.restorestation.core.text.WordedArgumentException;

/**
 * A repair ticket id as the shop writes it: any text (Unicode, quotes, anything a barcode holds)
 * of 1 to 64 characters, without line breaks or control characters, surrounding blanks ignored.
 */
public record Ticket(String id) {

    public static final int MAX_LENGTH = 64;
    /** Characters of a customer note; its column holds 2,000 UTF-16 units, any 1,000 characters. */
    public static final int MAX_NOTE_LENGTH = 1000;

    public Ticket {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("ticket id is empty");
        }
        id = id.strip();
        int length = id.codePointCount(0, id.length());
        if (length > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "ticket id is " + length + " characters long; at most " + MAX_LENGTH + " are allowed");
        }
        if (id.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("ticket id contains a control character or line break");
        }
    }

    /**
     * A customer note for a ticket ("cracked screen, customer wants data kept"): line breaks
     * allowed, surrounding blanks ignored; null or blank means no note.
     */
    public static String checkedNote(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String text = note.strip();
        int length = noteLength(text);
        if (length > MAX_NOTE_LENGTH) {
            throw new WordedArgumentException(CoreText.wording("ticket.noteTooLong", length, MAX_NOTE_LENGTH));
        }
        return text;
    }

    /** The length {@link #checkedNote} holds against {@link #MAX_NOTE_LENGTH}: characters, surrounding blanks aside. */
    public static int noteLength(String note) {
        String text = note == null ? "" : note.strip();
        return text.codePointCount(0, text.length());
    }

    @Override
    public String toString() {
        return id;
    }
}
