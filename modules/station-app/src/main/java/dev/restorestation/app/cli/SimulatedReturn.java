package dev.restorestation.app.cli;

import static dev.restorestation.app.text.AppText.text;

import java.util.Locale;

/**
 * How a simulated device comes back after a successful restore, as {@code --sim-return} scripts
 * it: {@code back} on the restored build, {@code not-back} never, {@code build:BUILD} on another.
 *
 * @param back  whether it comes back at all
 * @param build the build it then reports; null for the restored one
 */
record SimulatedReturn(boolean back, String build) {

    static SimulatedReturn parse(String text) {
        String value = text == null ? "" : text.strip();
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals("back")) {
            return new SimulatedReturn(true, null);
        }
        if (lower.equals("not-back")) {
            return new SimulatedReturn(false, null);
        }
        if (lower.startsWith("build:") && value.length() > "build:".length()) {
            return new SimulatedReturn(true, value.substring("build:".length()).strip());
        }
        throw new IllegalArgumentException(text("restore.unknownSimulatedReturn", value));
    }

    /** The build the device reports when it comes back after {@code restored} was restored. */
    String reported(String restored) {
        return build == null ? restored : build;
    }
}
