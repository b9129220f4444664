package dev.restorestation.core.text;

/**
 * A failure that can say its reason in words: English as its message, the station's language as
 * its localized message. A failure made around it takes its {@link #wording()} as an argument, so
 * both of its sides are worded too.
 */
public interface Worded {

    /** Null when this failure's message is English only. */
    Wording wording();

    /** {@code failure}'s reason as an argument of a {@link Wording}: its wording, else its English message or type. */
    static Object reasonOf(Throwable failure) {
        if (failure instanceof Worded worded && worded.wording() != null) {
            return worded.wording();
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
