package dev.restorestation.core.device;

import java.io.IOException;

/**
 * Port: asks a device in Normal mode what it answers without pairing (lockdownd over usbmuxd,
 * or a simulated phone). Blocks for at most a few seconds; never call it on the UI thread.
 */
@FunctionalInterface
public interface DeviceReadBack {

    /** Reads the device the bench shows; fails when it does not answer as a Normal mode device. */
    DeviceFacts read(DeviceSnapshot device) throws IOException;
}
