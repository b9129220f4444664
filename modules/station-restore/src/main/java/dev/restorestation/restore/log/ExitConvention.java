package dev.restorestation.restore.log;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an idevicerestore build reports failure through its exit status. Up to 1.0.0 it returns its
 * raw negative error code, which the system shows as 256+n (255 for -1, "device not found" among
 * others); later builds return 1 for any failure and 255 only when the firmware file cannot be opened.
 */
public enum ExitConvention {
    RAW_NEGATIVE,
    SUCCESS_OR_FAILURE,
    /** The version is not known (a log file read on its own). */
    UNKNOWN;

    private static final Pattern VERSION = Pattern.compile("^(\\d+)\\.(\\d+)\\.(\\d+)(-\\d+-g[0-9a-f]+)?");

    /** From a version as {@code idevicerestore -v} prints it: {@code 1.0.0}, {@code 1.0.0-237-gc17f9d6}. */
    public static ExitConvention forVersion(String version) {
        Matcher m = VERSION.matcher(version == null ? "" : version.strip());
        if (!m.find()) {
            return UNKNOWN;
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        int patch = Integer.parseInt(m.group(3));
        boolean afterRelease = m.group(4) != null;
        int compared = major != 1 ? Integer.compare(major, 1) : minor != 0 ? Integer.compare(minor, 0) : Integer.compare(patch, 0);
        return compared < 0 || compared == 0 && !afterRelease ? RAW_NEGATIVE : SUCCESS_OR_FAILURE;
    }

    /** The engine's own code for an exit status: the raw negative code for old builds, else the status itself. */
    public int engineCode(int exitStatus) {
        return this == RAW_NEGATIVE && exitStatus > 127 ? exitStatus - 256 : exitStatus;
    }

    /** Whether this exit status alone says the firmware file could not be opened. */
    public boolean firmwareUnreadable(int exitStatus) {
        return this == SUCCESS_OR_FAILURE && exitStatus == 255;
    }
}
