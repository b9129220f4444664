package dev.restorestation.core.device;

/** Whether a host service the station relies on (usbmuxd, the engine) can be used. */
public enum ServiceState {
    AVAILABLE("connected"),
    UNAVAILABLE("not running"),
    SIMULATED("simulated"),
    UNKNOWN("checking…");

    private final String label;

    ServiceState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
