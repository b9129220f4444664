package dev.restorestation.core.device;

/** The mode a device is in, as the technician sees it on the tile badge. */
public enum DeviceMode {
    DFU("DFU"),
    RECOVERY("Recovery"),
    RESTORE("Restore"),
    NORMAL("Normal"),
    UNKNOWN("Unknown");

    private final String label;

    DeviceMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
