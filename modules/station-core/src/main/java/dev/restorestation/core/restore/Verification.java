package dev.restorestation.core.restore;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * What the station saw of a device after the engine reported a successful restore: whether the
 * same device came back in Normal mode in the same slot, and what it then said without pairing.
 *
 * @param verifiedAt      when the device answered; null when it was not seen again
 * @param deviceBuild     the build the device reports; null when not seen or not told
 * @param deviceVersion   the iOS version the device reports; null when not seen or not told
 * @param activationState as the device reports it; null when not seen or not told
 */
public record Verification(Result result, Instant verifiedAt, String deviceBuild, String deviceVersion,
                           String activationState) {

    /** How the check ended. */
    public enum Result {
        /** Back in Normal mode in its slot, running the restored build. */
        VERIFIED,
        /** Back in Normal mode in its slot, but it reports another build (or none). */
        WRONG_BUILD,
        /** Not back in Normal mode in its slot within the wait. */
        NOT_SEEN;

        /** The id in JSON, CSV and the database: {@code verified}, {@code wrong-build}, {@code not-seen}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Result fromId(String id) {
            return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    public Verification {
        Objects.requireNonNull(result, "result");
        if (result == Result.NOT_SEEN && verifiedAt != null) {
            throw new IllegalArgumentException("a device not seen again has no time of verification");
        }
    }

    public static Verification notSeen() {
        return new Verification(Result.NOT_SEEN, null, null, null, null);
    }

    public boolean verified() {
        return result == Result.VERIFIED;
    }

    /** One line for a person: "verified on the device (build 23B85)", "not seen again", … */
    public String describe() {
        return switch (result) {
            case VERIFIED -> "verified on the device (build " + deviceBuild + ")";
            case WRONG_BUILD -> "the device reports " + (deviceBuild == null ? "no build" : "build " + deviceBuild)
                    + ", not the restored one";
            case NOT_SEEN -> "not seen again";
        };
    }
}
