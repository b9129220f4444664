package dev.restorestation.core.diagnosis;

import java.util.Arrays;
import java.util.Locale;

/** The kinds of failure the station tells apart, shared by the advisor, the database and the UI. */
public enum ErrorCategory {
    USB_CONNECTION("usb-connection", "USB connection"),
    DEVICE_MODE("device-mode", "Device mode"),
    DEVICE_NOT_FOUND("device-not-found", "Device not found"),
    SIGNING("signing", "Build not signed"),
    NETWORK("network", "Apple servers unreachable"),
    FIRMWARE_FILE("firmware-file", "Firmware file"),
    STORAGE("storage", "Storage"),
    BASEBAND("baseband", "Baseband"),
    SECURITY_PAIRING("security-pairing", "Security / pairing"),
    HOST("host", "This computer"),
    UNKNOWN("unknown", "Unknown");

    private final String id;
    private final String label;

    ErrorCategory(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The stable id used on the command line, in JSON and in the database. */
    public String id() {
        return id;
    }

    /** Words for a technician. */
    public String label() {
        return label;
    }

    /**
     * Whether trying again unchanged may succeed: a dropped link, a mode change that timed out,
     * an unreachable server. Never a build that is not signed or not usable, the device's own
     * hardware, or this computer.
     */
    public boolean retryable() {
        return switch (this) {
            case USB_CONNECTION, DEVICE_MODE, DEVICE_NOT_FOUND, NETWORK, UNKNOWN -> true;
            case SIGNING, FIRMWARE_FILE, STORAGE, BASEBAND, SECURITY_PAIRING, HOST -> false;
        };
    }

    public static ErrorCategory fromId(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(c -> c.id.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown error category: '" + id + "'"));
    }
}
