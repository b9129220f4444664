package dev.restorestation.core.firmware;

/** Where a cached build stands. */
public enum FirmwareState {
    /** Verified, and unchanged since: ready to use without a re-hash. */
    VERIFIED("Verified"),
    /** The file changed since it was verified: the next use verifies it in full again. */
    CHANGED("Changed since verified"),
    /** Listed, but the file is gone. */
    MISSING("File missing"),
    /** Failed verification; kept aside, never used. */
    QUARANTINED("Quarantined");

    private final String label;

    FirmwareState(String label) {
        this.label = label;
    }

    /** Words for a technician. */
    public String label() {
        return label;
    }
}
