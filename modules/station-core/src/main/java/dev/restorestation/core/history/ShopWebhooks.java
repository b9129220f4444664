package dev.restorestation.core.history;

import dev.restorestation.core.text.Wording;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Where the station posts its events for the shop's other systems, as Settings shows and changes it. */
public interface ShopWebhooks {

    /** The event types a webhook is given unless the shop asks for others. */
    List<String> DEFAULT_EVENTS = List.of("attempt.ended", "attempt.verified");

    /**
     * The webhooks as the shop wrote them.
     *
     * @param events the event types posted; {@link #DEFAULT_EVENTS} unless the shop chose others
     */
    record Setup(List<String> urls, String secret, boolean allowPlainHttp, List<String> events) {
        public Setup {
            urls = List.copyOf(urls);
            secret = Objects.requireNonNullElse(secret, "");
            events = List.copyOf(events);
        }

        public static Setup none() {
            return new Setup(List.of(), "", false, DEFAULT_EVENTS);
        }
    }

    /**
     * How far one endpoint is with this station's events.
     *
     * @param endpoint    the URL without its query, which may hold a token
     * @param lastFailure why the last post failed (English in the log, the station's language on screen), null when it did not
     * @param nextTry     when the station tries again after failures, null when it is not waiting
     */
    record Delivery(String endpoint, long delivered, long gaveUp, long waiting, int failuresInRow, Wording lastFailure,
                    Instant nextTry) {
    }

    Setup setup() throws IOException;

    /**
     * Checks and keeps {@code setup}; a running station posts to the new endpoints within seconds.
     * Throws IllegalArgumentException with the reason, and keeps nothing, when a URL or the secret
     * cannot be used.
     */
    void save(Setup setup) throws IOException;

    List<Delivery> deliveries();

    /** False where the station posts nothing (the demo bench). */
    boolean posting();
}
