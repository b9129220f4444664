package dev.restorestation.restore.engine;

import java.util.Locale;
import java.util.Objects;

/** How a simulated restore ends, as {@code --sim-outcome} and the demo script it. */
public sealed interface SimulatedOutcome {

    record Success() implements SimulatedOutcome {
    }

    /** Fails with an Apple error number, logged the way the device reports it. */
    record AppleError(int code) implements SimulatedOutcome {
    }

    /** Fails with this engine error line (without the {@code ERROR: } prefix). */
    record EngineMessage(String line) implements SimulatedOutcome {
        public EngineMessage {
            Objects.requireNonNull(line, "line");
        }
    }

    /** Stops making progress in the middle of the upload, until cancelled. */
    record Hang() implements SimulatedOutcome {
    }

    /** The cable is pulled in the middle of the upload: the device leaves the bench and the engine stalls. */
    record Unplugged() implements SimulatedOutcome {
    }

    /** Reads {@code success}, {@code fail:CODE}, {@code message:TEXT}, {@code hang} or {@code unplugged}. */
    static SimulatedOutcome parse(String text) {
        String value = text == null ? "" : text.strip();
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals("success")) {
            return new Success();
        }
        if (lower.equals("hang")) {
            return new Hang();
        }
        if (lower.equals("unplugged")) {
            return new Unplugged();
        }
        if (lower.startsWith("message:") && value.length() > "message:".length()) {
            return new EngineMessage(value.substring("message:".length()).strip());
        }
        if (lower.startsWith("fail:")) {
            try {
                return new AppleError(Integer.parseInt(value.substring("fail:".length()).strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an error number in '" + value + "' (use fail:4013)");
            }
        }
        throw new IllegalArgumentException("unknown simulated outcome '" + value + "' (use success, fail:CODE or hang)");
    }
}
