package dev.restorestation.app;

import dev.restorestation.app.cli.CommandLineOutput;
import dev.restorestation.firmware.ipsw.FileDigests;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SSLContext;

/**
 * On a spare core while the main thread builds the command line: compiles the file hashes for
 * commands that hash firmware, loads logging and the JSON mapper, and TLS for commands that
 * reach the network.
 */
final class CommandWarmUp {

    private static final Set<String> NETWORK_COMMANDS = Set.of("catalog", "fetch");
    private static final Set<String> HASHING_COMMANDS = Set.of("fetch", "import", "verify", "restore");

    private CommandWarmUp() {
    }

    static void start(String[] args) {
        boolean network = Arrays.stream(args).anyMatch(NETWORK_COMMANDS::contains);
        boolean hashing = Arrays.stream(args).anyMatch(HASHING_COMMANDS::contains);
        Thread thread = new Thread(() -> warm(network, hashing), "command-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** TLS before logging and JSON: it takes longest and is needed last, so the main thread waits least. */
    private static void warm(boolean network, boolean hashing) {
        if (hashing) {
            FileDigests.warmUp();
        }
        if (network) {
            try {
                SSLContext.getDefault();
            } catch (NoSuchAlgorithmException e) {
                // the command itself reports a missing TLS provider
            }
        }
        StationLogging.loadClasses();
        CommandLineOutput.json(List.of(Map.of("warm", Instant.EPOCH)));
    }
}
