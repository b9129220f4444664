package dev.restorestation.core.restore;

/** What the engine is asked to do with the device. */
public enum EngineAction {
    /** Restore the device (update or erase). */
    RESTORE,
    /** Only ask Apple's signing server whether the build is signed for this device, then stop. */
    SIGNING_CHECK
}
