package dev.restorestation.app.channel;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a running station answers over its channel, by request name. Each part of the station that
 * answers requests adds its own handlers ({@code history}, {@code report}, {@code events}, and
 * later e.g. {@code queue}); the server only finds the handler and passes the parameters on.
 */
public final class ChannelRequests {

    /** Answers one request; runs on a channel thread, never the window's event thread. */
    @FunctionalInterface
    public interface Handler {
        /** The answer's {@code result}; a {@link Refused} becomes the one-line error the command prints. */
        JsonNode handle(JsonNode params) throws Refused;
    }

    /** A request the station will not or cannot answer, with the reason as one line. */
    public static final class Refused extends Exception {
        public Refused(String reason) {
            super(reason);
        }
    }

    private final Map<String, Handler> handlers = new LinkedHashMap<>();

    /** Adds the handler of {@code name}; a name can be taken only once. */
    public ChannelRequests on(String name, Handler handler) {
        Objects.requireNonNull(handler, "handler");
        if (handlers.putIfAbsent(name, handler) != null) {
            throw new IllegalArgumentException("the channel request '" + name + "' has a handler already");
        }
        return this;
    }

    public Optional<Handler> handler(String name) {
        return Optional.ofNullable(handlers.get(name));
    }

    Set<String> names() {
        return handlers.keySet();
    }
}
