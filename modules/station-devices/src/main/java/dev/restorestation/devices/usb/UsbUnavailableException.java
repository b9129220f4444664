package dev.restorestation.devices.usb;

import java.io.IOException;

/** libusb could not start on this host (no native library for it, or init failed). */
public final class UsbUnavailableException extends IOException {

    public UsbUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
