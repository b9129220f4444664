package dev.restorestation.core.ticket;

/**
 * A repair ticket id as the shop writes it: any text (Unicode, quotes, anything a barcode holds)
 * of 1 to 64 characters, without line breaks or control characters, surrounding blanks ignored.
 */
public record Ticket(String id) {

    public static final int MAX_LENGTH = 64;

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

    @Override
    public String toString() {
        return id;
    }
}
