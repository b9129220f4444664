package dev.restorestation.core.restore;

/** Update keeps the user's data; Erase wipes the device. */
public enum RestoreKind {
    UPDATE,
    ERASE;

    public boolean destructive() {
        return this == ERASE;
    }
}
