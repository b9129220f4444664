package dev.restorestation.core.text;

/**
 * A refused value whose reason is a {@link Wording}: {@link #getMessage()} is English, for logs, JSON
 * and the stored reasons; {@link #getLocalizedMessage()} is in the station's language, for a person.
 */
public class WordedArgumentException extends IllegalArgumentException implements Worded {

    private final transient Wording wording;

    public WordedArgumentException(Wording wording) {
        super(wording.english());
        this.wording = wording;
    }

    @Override
    public Wording wording() {
        return wording;
    }

    @Override
    public String getLocalizedMessage() {
        return wording.text();
    }

    @Override
    public String toString() {
        return getClass().getName() + ": " + getMessage();
    }
}
