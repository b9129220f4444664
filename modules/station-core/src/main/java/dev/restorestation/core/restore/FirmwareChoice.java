package dev.restorestation.core.restore;

import java.nio.file.Path;
import java.util.Objects;

/** Which firmware a restore uses. */
public sealed interface FirmwareChoice {

    /** The newest build Apple still signs for the device. */
    record LatestSigned() implements FirmwareChoice {
    }

    /** A build by its number, e.g. {@code 23C71}, from the firmware cache (downloaded when missing). */
    record Build(String build) implements FirmwareChoice {
        public Build {
            Objects.requireNonNull(build, "build");
        }
    }

    /** A local IPSW, verified before use. */
    record LocalFile(Path ipsw) implements FirmwareChoice {
        public LocalFile {
            Objects.requireNonNull(ipsw, "ipsw");
        }
    }
}
