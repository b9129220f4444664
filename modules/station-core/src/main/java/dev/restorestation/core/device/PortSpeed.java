package dev.restorestation.core.device;

/** The speed a device's USB port runs at, as the host's USB stack reports it. */
public enum PortSpeed {
    LOW("low", "USB 1.0", "USB 1.0 low speed (1.5 Mbit/s)"),
    FULL("full", "USB 1.1", "USB 1.1 full speed (12 Mbit/s)"),
    HIGH("high", "USB 2.0", "USB 2.0 (480 Mbit/s)"),
    SUPER("super", "USB 3", "USB 3 (5 Gbit/s)"),
    SUPER_PLUS("super-plus", "USB 3", "USB 3 (10 Gbit/s)"),
    UNKNOWN("unknown", "", "speed unknown");

    private final String id;
    private final String shortLabel;
    private final String label;

    PortSpeed(String id, String shortLabel, String label) {
        this.id = id;
        this.shortLabel = shortLabel;
        this.label = label;
    }

    /** A few characters for a tile; empty when unknown. */
    public String shortLabel() {
        return shortLabel;
    }

    /** The stable id of machine output ({@code devices --json}). */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Slower than USB 2.0: a restore's filesystem upload over it is slow and prone to drop. */
    public boolean slow() {
        return this == LOW || this == FULL;
    }
}
