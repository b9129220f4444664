package dev.restorestation.core.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Tests that need something of the host (a display, usbmuxd, idevicerestore, PostgreSQL) skip on
 * a developer machine that lacks it, but fail under CI ({@code CI=true}), where .ci/run installs
 * everything: a missing tool there must never pass as a green run.
 */
public final class HostRequirement {

    private HostRequirement() {
    }

    public static void require(boolean present, String what) {
        if (present) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(what + " is required under CI; .ci/run should have installed it");
        }
        assumeTrue(false, what + " is not available on this machine");
    }

    /** The program's path on the PATH, after {@link #require} made sure it is there. */
    public static Path program(String name) {
        Optional<Path> found = findOnPath(name);
        require(found.isPresent(), "the program '" + name + "'");
        return found.orElseThrow();
    }

    public static Optional<Path> findOnPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            for (String candidate : new String[] {dir, "/usr/sbin", "/sbin"}) {
                Path file = Path.of(candidate, name);
                if (Files.isExecutable(file)) {
                    return Optional.of(file);
                }
            }
        }
        return Optional.empty();
    }
}
