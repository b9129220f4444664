package dev.restorestation.core.restore;

/** Why a requested restore has not started yet: the first thing that holds it back. */
public enum WaitingReason {
    FIRMWARE("firmware", "Firmware downloading"),
    PAUSED("paused", "Queue paused"),
    DEVICE_BUSY("device-busy", "Another restore of this device"),
    DEVICE_NOT_READY("device-not-ready", "Device not in a restorable mode"),
    STATION_CAP("station-cap", "Station cap"),
    ROOT_HUB_CAP("root-hub-cap", "Bus cap"),
    HUB_CAP("hub-cap", "Hub cap"),
    UPLOAD_STAGGER("upload-stagger", "Upload stagger");

    private final String id;
    private final String label;

    WaitingReason(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The stable id of machine output. */
    public String id() {
        return id;
    }

    /** Words for a technician. */
    public String label() {
        return label;
    }
}
