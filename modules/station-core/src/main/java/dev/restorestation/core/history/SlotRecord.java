package dev.restorestation.core.history;

/** Attempts made in one slot and how many of them failed with a {@code usb-connection} error. */
public record SlotRecord(String slot, int attempts, int usbConnectionFailures) {
}
