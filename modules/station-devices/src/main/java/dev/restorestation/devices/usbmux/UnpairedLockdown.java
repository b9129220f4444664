package dev.restorestation.devices.usbmux;

import dev.restorestation.core.device.DeviceFacts;
import dev.restorestation.core.device.DeviceReadBack;
import dev.restorestation.core.device.DeviceSnapshot;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Reads a Normal mode device through usbmuxd and lockdownd without pairing: the station never
 * pairs with a customer's phone. lockdownd answers GetValue outside a session for a few keys
 * (the ones {@code ideviceinfo --simple} shows, such as ProductType, ProductVersion,
 * BuildVersion and UniqueDeviceID); a key it refuses reads as null.
 */
public final class UnpairedLockdown implements DeviceReadBack {

    static final List<String> KEYS = List.of("ProductType", "ProductVersion", "BuildVersion", "UniqueDeviceID",
            "ActivationState");

    private final UsbmuxSocket socket;
    private final Duration timeout;

    public UnpairedLockdown(UsbmuxSocket socket, Duration timeout) {
        this.socket = Objects.requireNonNull(socket, "socket");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public DeviceFacts read(DeviceSnapshot device) throws IOException {
        if (device.udid() == null) {
            throw new IOException("the device in slot " + device.slot().label() + " is not on usbmuxd");
        }
        int deviceId;
        try (UsbmuxConnection lister = UsbmuxConnection.open(socket)) {
            deviceId = lister.listDevices().devices().stream()
                    .filter(d -> d.onUsb() && device.udid().equals(d.udid()))
                    .findFirst()
                    .map(MuxDevice::deviceId)
                    .orElseThrow(() -> new IOException("usbmuxd does not list device " + device.udid()));
        }
        Map<String, String> values;
        try (LockdownQuery query = new LockdownQuery(socket, deviceId)) {
            CompletableFuture<Void> giveUp = CompletableFuture.runAsync(() -> close(query),
                    CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS));
            try {
                values = query.values(KEYS);
            } finally {
                giveUp.cancel(false);
            }
        }
        return new DeviceFacts(values.get("ProductType"), values.get("ProductVersion"), values.get("BuildVersion"),
                values.get("UniqueDeviceID"), values.get("ActivationState"));
    }

    private static void close(LockdownQuery query) {
        try {
            query.close();
        } catch (IOException e) {
            // closing is how the wait gives up; the read itself reports the failure
        }
    }
}
